import { describe, expect, it } from 'vitest';
import { renderTemplateCommand } from './render-template-command.js';

async function run(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await renderTemplateCommand(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return files[path]!;
    },
  });
  return { code, stdout, stderr };
}

describe('portico render-template', () => {
  it('prints the rendered output exactly, nothing added', async () => {
    expect(await run(['--template', '{"name": "$input.path(\'$.name\')"}', '--body', '{"name":"Rex"}'])).toEqual({ code: 0, stdout: '{"name": "Rex"}', stderr: '' });
  });

  it('takes parameters, stage variables, headers and context overrides', async () => {
    const template = '$input.params("id")|$input.params("q")|$input.params("X-Trace")|$stageVariables.env|$context.stage|$context.resourcePath|$context.httpMethod|$context.identity.sourceIp|$context.path';
    const r = await run(['--template', template, '--resource-path', '/pets/{id}', '--path', 'id=7', '--query', 'q=a b', '--header', 'X-Trace: t1',
      '--stage-variable', 'env=prod', '--stage', 'dev', '--method', 'get', '--context', 'identity.sourceIp=10.1.2.3']);
    expect(r).toEqual({ code: 0, stdout: '7|a b|t1|prod|dev|/pets/{id}|GET|10.1.2.3|/dev/pets/7', stderr: '' });
  });

  it('hides the headers API Gateway never shows templates', async () => {
    const r = await run(['--template', '[$input.params("Content-Length")][$input.params("Connection")][$input.params("Accept")]', '--header', 'Content-Length=3', '--header', 'Connection=close', '--header', 'Accept=*/*']);
    expect(r.stdout).toBe('[][][*/*]');
  });

  it('renders an empty body as {} and reads files', async () => {
    expect((await run(['--template-file', 't.vtl'], { 't.vtl': '$input.body' })).stdout).toBe('{}');
    expect((await run(['--template', 'file://t.vtl', '--body', 'file://b.json'], { 't.vtl': '$input.json("$.a")', 'b.json': '{"a": [1, 2]}' })).stdout).toBe('[1,2]');
  });

  it('shows the overrides a template sets with --output json', async () => {
    const r = await run(['--template', '#set($context.responseOverride.status = 201)#set($context.requestOverride.header.X-Id = "1")ok', '--output', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ output: 'ok', requestOverride: { path: {}, header: { 'X-Id': '1' }, querystring: {} }, responseOverride: { header: {}, status: 201 } });
  });

  it('reports a failing template with its position, exit 1', async () => {
    const r = await run(['--template', 'line one\n#if($x']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error at line 2, column 7');
    expect(r.stderr).toContain('#if($x\n      ^');
    expect(r.stderr).toContain('An invocation would fail: 500 {"message": "Internal server error"}');
    const json = await run(['--template', '#if($x', '--output', 'json']);
    expect(JSON.parse(json.stdout).error).toMatchObject({ kind: 'parse', line: 1, column: 7 });
  });

  it.each([
    [[], 'give the template with --template or --template-file'],
    [['--template', 'x', '--template-file', 'f'], 'give --template or --template-file, not both'],
    [['--template', 'x', '--path', 'id'], "--path expects NAME=VALUE, got 'id'"],
    [['--template', 'x', '--output', 'yaml'], "--output must be text or json, got 'yaml'"],
    [['--template', 'x', '--resource-path', 'pets'], "--resource-path must start with /, got 'pets'"],
    [['--template-file', 'missing.vtl'], 'cannot read missing.vtl: ENOENT'],
    [['--nope'], "Unknown option '--nope'"],
  ])('usage error %j, exit 2', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('usage: portico render-template');
  });

  it('prints its usage with --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--stage-variable NAME=VALUE');
  });
});
