// Cold start of `portico apigateway update-integration --generate-cli-skeleton` against the
// reference `/usr/bin/aws` for the same command, in the same run: interleaved rounds (one of each
// per round, order alternating), medians, a table. Goal: portico at most half the AWS CLI's time.
//
//   npm run bench:cli [-- --rounds 15]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 15;
const root = fileURLToPath(new URL('..', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'portico-bench-cli-'));
const env = {
  PATH: process.env.PATH,
  HOME: home,
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_PAGER: '',
};
const command = ['apigateway', 'update-integration', '--generate-cli-skeleton'];
const contenders = [
  { name: 'portico', file: process.execPath, args: [join(root, 'bin', 'portico.js'), ...command] },
  { name: 'aws (/usr/bin/aws 2.9.19)', file: '/usr/bin/aws', args: command },
];
if (!existsSync('/usr/bin/aws')) {
  console.error('bench:cli needs the reference /usr/bin/aws (bash ../shared/tools/install-reference-clients.sh)');
  process.exit(1);
}

function once(c) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c.file, c.args, { env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${c.name} failed: ${r.stderr}`);
  return { ms, out: r.stdout };
}

// Warm the file system cache once each; the outputs must agree.
const warm = contenders.map(once);
if (warm[0].out !== warm[1].out) throw new Error('portico and aws print different skeletons');
const times = contenders.map(() => []);
for (let i = 0; i < rounds; i++) {
  const order = i % 2 === 0 ? [0, 1] : [1, 0];
  for (const k of order) times[k].push(once(contenders[k]).ms);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const med = times.map(median);
const rows = contenders.map((c, k) => [c.name, med[k].toFixed(1), Math.min(...times[k]).toFixed(1), Math.max(...times[k]).toFixed(1)]);
const widths = [28, 12, 10, 10];
const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
console.log(`cold start, ${rounds} interleaved rounds: ${command.join(' ')}`);
console.log(line(['command', 'median ms', 'min ms', 'max ms']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
const ratio = med[0] / med[1];
console.log(`\nportico / aws = ${ratio.toFixed(2)} (goal <= 0.50): ${ratio <= 0.5 ? 'met' : 'NOT met'}`);
