/*
 * Prints the tokens Velocity 1.7's own token manager produces for each template (one JSON string per
 * input line), for lexer-differential.test.ts. Compiled at test time against the Debian jars the
 * VTL reference model installs (shared/tools/vtl-reference/run.sh).
 */
import org.apache.velocity.runtime.parser.*;
import java.io.*;
import java.nio.file.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import net.minidev.json.*;
public class LexBatch {
  public static void main(String[] a) throws Exception {
    List<String> lines = Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8);
    for (String line : lines) {
      String s = (String) JSONValue.parse(line);
      VelocityCharStream cs = new VelocityCharStream(new StringReader(s), 1, 1);
      ParserTokenManager tm = new ParserTokenManager(cs);
      List<Object> toks = new ArrayList<>();
      for (int i = 0; i < 100000; i++) {
        Token t;
        try { t = tm.getNextToken(); } catch (Throwable e) { toks.add("ERR"); break; }
        List<Object> sp = new ArrayList<>();
        Token x = t.specialToken; while (x != null && x.specialToken != null) x = x.specialToken;
        for (; x != null; x = x.next) { sp.add(x.image); if (x == t.specialToken) break; }
        toks.add(Arrays.asList(t.kind, t.image, sp));
        if (t.kind == 0) break;
      }
      System.out.println(JSONValue.toJSONString(toks));
    }
  }
}
