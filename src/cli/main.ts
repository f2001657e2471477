/**
 * `portico apigateway ...`: the AWS CLI v2's `aws apigateway ...` for every operation of the API
 * (shared/spec/cli.md). `argv` is what follows `portico` (global options may come before
 * `apigateway`, as with `aws`). Output goes through the configured pager when stdout is a
 * terminal (`AWS_PAGER`, `cli_pager`, `PAGER`, `less -R`; `--no-cli-pager` turns it off).
 */
import { spawnSync } from 'node:child_process';
import { runCli } from './driver.js';
import type { CallOverride, CliIo } from './io.js';

export type { CliIo, CallOverride } from './io.js';
export { runCli } from './driver.js';

export async function apigatewayCommand(argv: readonly string[], io?: Partial<CliIo>, override?: CallOverride): Promise<number> {
  const isTty = io?.isTty ?? process.stdout.isTTY === true;
  const out: string[] = [];
  const full: CliIo = {
    env: io?.env ?? process.env,
    stdout: io?.stdout ?? (isTty ? (s) => out.push(s) : (s) => process.stdout.write(s)),
    stderr: io?.stderr ?? ((s) => process.stderr.write(s)),
    isTty,
    columns: io?.columns ?? process.stdout.columns ?? 80,
  };
  const { rc, pager } = await runCli(argv, full, override);
  if (out.length) {
    const text = out.join('');
    if (pager) {
      const env = { ...full.env };
      env['LESS'] ??= 'FRX';
      const r = spawnSync(pager, { shell: true, input: text, stdio: ['pipe', 'inherit', 'inherit'], env });
      if (r.error) process.stdout.write(text);
    } else process.stdout.write(text);
  }
  return rc;
}
