// Shared benchmark plumbing: child processes, a closed-loop HTTP load generator over keep-alive
// (undici Pool), percentiles and a table. Absolute numbers on shared machines are noisy; every
// benchmark compares against a baseline measured in the same run.
import { spawn } from 'node:child_process';
import { Pool } from 'undici';

import { readFileSync } from 'node:fs';

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return NaN;
  }
}

export async function spawnServer(command, args, readyPattern = /(http:\/\/127\.0\.0\.1:\d+)/) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line from ${args.join(' ')}: ${out}`)), 15000);
    const onData = (d) => {
      out = (out + d).slice(-8192); // keep only the tail: a server may log every request
      const m = readyPattern.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (out = (out + d).slice(-8192)));
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  return {
    url,
    pid: child.pid,
    stop: () => new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
  };
}

/**
 * Runs `makeRequest(i)` from `concurrency` loops for `seconds` after `warmup` seconds; each returns
 * undici request options. Returns ops/s and latency percentiles in milliseconds.
 */
export async function load(url, makeRequest, { seconds = 3, warmup = 1, concurrency = 8, expectStatus, pid } = {}) {
  const pool = new Pool(url, { connections: concurrency, pipelining: 1 });
  const latencies = [];
  let recording = false;
  let stop = false;
  let errors = 0;
  let i = 0;
  const loop = async () => {
    while (!stop) {
      const opts = makeRequest(i++);
      const t0 = process.hrtime.bigint();
      const res = await pool.request(opts);
      await res.body.arrayBuffer();
      const t1 = process.hrtime.bigint();
      if (expectStatus && res.statusCode !== expectStatus) errors++;
      if (recording) latencies.push(Number(t1 - t0) / 1e6);
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  await sleep(warmup * 1000);
  recording = true;
  const cpu0 = pid ? cpuSeconds(pid) : NaN;
  const start = process.hrtime.bigint();
  await sleep(seconds * 1000);
  recording = false;
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = pid ? cpuSeconds(pid) - cpu0 : NaN;
  stop = true;
  await Promise.all(loops);
  await pool.close();
  latencies.sort((a, b) => a - b);
  return {
    ops: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    count: latencies.length,
    errors,
    cpuUs: (cpu / latencies.length) * 1e6,
  };
}

/**
 * Runs every case `rounds` times, interleaved (A B C A B C ...), so that drift in the machine's load
 * hits all cases alike; reports the median of each figure per case.
 */
export async function interleaved(cases, rounds) {
  const results = new Map(cases.map((c) => [c.name, []]));
  for (let r = 0; r < rounds; r++) for (const c of cases) results.get(c.name).push(await c.run());
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
  };
  return cases.map((c) => {
    const runs = results.get(c.name);
    return {
      name: c.name,
      ops: median(runs.map((x) => x.ops)),
      p50: median(runs.map((x) => x.p50)),
      p99: median(runs.map((x) => x.p99)),
      cpuUs: median(runs.map((x) => x.cpuUs)),
      errors: runs.reduce((a, x) => a + x.errors, 0),
      baseline: c.baseline,
    };
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN);

/** Rows may name their own `baseline` row; the ratio columns compare against it. */
export function printTable(title, rows) {
  const header = ['case', 'ops/s', 'p50 ms', 'p99 ms', 'server CPU µs/op', 'baseline', 'p50 vs baseline', 'ops/s vs baseline', 'errors'];
  const body = rows.map((r) => {
    const base = rows.find((b) => b.name === r.baseline);
    return [
      r.name,
      r.ops.toFixed(0),
      r.p50.toFixed(3),
      r.p99.toFixed(3),
      Number.isFinite(r.cpuUs) ? r.cpuUs.toFixed(1) : '',
      base ? base.name : '',
      base ? `${(r.p50 / base.p50).toFixed(2)}x` : '',
      base ? `${(r.ops / base.ops).toFixed(2)}x` : '',
      String(r.errors),
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  const line = (cells) => `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
}
