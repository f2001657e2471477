/**
 * What a worker imports for a handler file. JavaScript files are imported as they are; TypeScript
 * files (`.ts .mts .cts`) are bundled by esbuild into a temporary module first (types are stripped,
 * nothing is type-checked), with `require` resolving from the original file's directory. Each call
 * reads the file's modification time, so an edited handler is picked up by the next worker.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type HandlerModule = { readonly url: string; /** Changes when the file does. */ readonly version: string };

type Esbuild = typeof import('esbuild');
const requireHere = createRequire(import.meta.url);
let esbuild: Esbuild | undefined;
const loadEsbuild = (): Esbuild => (esbuild ??= requireHere('esbuild') as Esbuild);

const TYPESCRIPT = /\.[mc]?ts$/;

/** The version of the file now (its mtime), or `missing`. */
export function moduleVersion(file: string): string {
  try {
    return String(statSync(file).mtimeMs);
  } catch {
    return 'missing';
  }
}

export function handlerModule(file: string): HandlerModule {
  const version = moduleVersion(file);
  if (!TYPESCRIPT.test(file) || version === 'missing') return { url: pathToFileURL(file).href, version };
  const commonJs = file.endsWith('.cts');
  const dir = join(tmpdir(), 'portico-functions');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${createHash('sha256').update(`${file}\0${version}`).digest('hex').slice(0, 16)}.${commonJs ? 'cjs' : 'mjs'}`);
  try {
    loadEsbuild().buildSync({
      entryPoints: [file],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: commonJs ? 'cjs' : 'esm',
      sourcemap: 'inline',
      logLevel: 'silent',
      ...(!commonJs && {
        banner: { js: `import { createRequire as __portico_cr } from 'node:module'; const require = __portico_cr(${JSON.stringify(file)});` },
      }),
    });
  } catch (err) {
    // The worker reports it as Lambda does a module that does not load.
    return { url: `data:text/javascript,${encodeURIComponent(`throw new SyntaxError(${JSON.stringify(firstLine(err))});`)}`, version };
  }
  return { url: pathToFileURL(outfile).href, version };
}

function firstLine(err: unknown): string {
  const e = err as { errors?: Array<{ text: string; location?: { file: string; line: number; column: number } }>; message?: string };
  const first = e.errors?.[0];
  if (!first) return String(e.message ?? err);
  return first.location ? `${first.text} (${first.location.file}:${first.location.line}:${first.location.column})` : first.text;
}
