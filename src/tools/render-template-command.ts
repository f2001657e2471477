/**
 * `portico render-template` — prints what API Gateway would render from a mapping template, or the
 * error that would make the invocation fail with 500. The same code as the data plane renders it
 * (src/data-plane/template-tester.ts).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { testTemplate, type TemplateTest } from '../data-plane/template-tester.js';

export const RENDER_TEMPLATE_USAGE = `usage: portico render-template (--template TEXT | --template-file FILE) [options]

Renders a mapping template as API Gateway would for an invocation, and prints the result.

  --template TEXT            the template (file://PATH reads a file)
  --template-file FILE       the template, from a file
  --body TEXT                the payload: the request body for a request template, the integration
                             response body for a response template (file://PATH reads a file);
                             none renders as {} as at run time
  --body-file FILE           the payload, from a file
  --method METHOD            the request's HTTP method (default POST)
  --resource-path PATH       the resource, e.g. /pets/{id} (default /)
  --path NAME=VALUE          a path parameter (repeatable)
  --query NAME=VALUE         a query string parameter (repeatable)
  --header NAME=VALUE        a request header (repeatable; "NAME: VALUE" also works)
  --stage NAME               the stage (default test)
  --stage-variable NAME=VALUE   a stage variable (repeatable)
  --context PATH=VALUE       set a $context value by its dotted path, e.g. identity.sourceIp=10.1.2.3
                             or requestId=example (repeatable)
  --output text|json         text (default): the rendered output exactly; json: the output and the
                             $context.requestOverride / responseOverride the template set

Exit status: 0 rendered, 1 the template fails (API Gateway would answer 500), 2 bad usage.
`;

type Io = { stdout: (s: string) => void; stderr: (s: string) => void; readFile: (path: string) => string };
const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: (path) => readFileSync(path, 'utf8'),
};

class UsageError extends Error {}

export async function renderTemplateCommand(args: string[], io: Io = defaultIo): Promise<number> {
  try {
    const { test, output } = parse(args, io);
    if (!test) {
      io.stdout(RENDER_TEMPLATE_USAGE);
      return 0;
    }
    const result = testTemplate(test);
    if (result.ok) {
      io.stdout(output === 'json' ? `${JSON.stringify({ output: result.output, requestOverride: result.requestOverride, responseOverride: result.responseOverride }, null, 2)}\n` : result.output);
      return 0;
    }
    const e = result.error;
    if (output === 'json') io.stdout(`${JSON.stringify({ error: { kind: e.kind, message: e.message, line: e.line, column: e.column } }, null, 2)}\n`);
    io.stderr(
      `portico render-template: ${e.kind} error at line ${e.line}, column ${e.column}: ${e.message}\n${e.excerpt}\n` +
        `An invocation would fail: 500 {"message": "Internal server error"}\n`,
    );
    return 1;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`portico render-template: ${err.message}\n\n${RENDER_TEMPLATE_USAGE}`);
    return 2;
  }
}

function parse(args: string[], io: Io): { test?: TemplateTest; output: 'text' | 'json' } {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        template: { type: 'string' },
        'template-file': { type: 'string' },
        body: { type: 'string' },
        'body-file': { type: 'string' },
        method: { type: 'string' },
        'resource-path': { type: 'string' },
        path: { type: 'string', multiple: true, default: [] },
        query: { type: 'string', multiple: true, default: [] },
        header: { type: 'string', multiple: true, default: [] },
        stage: { type: 'string' },
        'stage-variable': { type: 'string', multiple: true, default: [] },
        context: { type: 'string', multiple: true, default: [] },
        output: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.output !== 'text' && values.output !== 'json') throw new UsageError(`--output must be text or json, got '${values.output}'`);
  const output = values.output;
  if (values.help) return { output };
  const template = oneOf(io, 'template', values.template, values['template-file']);
  if (template === undefined) throw new UsageError('give the template with --template or --template-file');
  const body = oneOf(io, 'body', values.body, values['body-file']) ?? '';
  const resourcePath = values['resource-path'] ?? '/';
  if (!resourcePath.startsWith('/')) throw new UsageError(`--resource-path must start with /, got '${resourcePath}'`);
  return {
    output,
    test: {
      template,
      body,
      ...(values.method !== undefined && { method: values.method.toUpperCase() }),
      resourcePath,
      pathParameters: Object.fromEntries(pairs('--path', values.path)),
      query: pairs('--query', values.query),
      headers: values.header.map((h) => {
        const colon = /^([^:=\s]+)\s*:\s*(.*)$/.exec(h);
        return colon ? ([colon[1]!, colon[2]!] as const) : pairs('--header', [h])[0]!;
      }),
      ...(values.stage !== undefined && { stage: values.stage }),
      stageVariables: Object.fromEntries(pairs('--stage-variable', values['stage-variable'])),
      contextOverrides: pairs('--context', values.context),
    },
  };
}

/** A value given inline (or as file://PATH) or as a file; not both. */
function oneOf(io: Io, name: string, inline: string | undefined, file: string | undefined): string | undefined {
  if (inline !== undefined && file !== undefined) throw new UsageError(`give --${name} or --${name}-file, not both`);
  const path = file ?? (inline?.startsWith('file://') ? inline.slice('file://'.length) : undefined);
  if (path === undefined) return inline;
  try {
    return io.readFile(path);
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

function pairs(option: string, entries: readonly string[]): (readonly [string, string])[] {
  return entries.map((entry) => {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError(`${option} expects NAME=VALUE, got '${entry}'`);
    return [entry.slice(0, eq), entry.slice(eq + 1)] as const;
  });
}
