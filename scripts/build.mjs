// Bundles src/main.ts (and the Lambda worker thread's entry, src/functions/worker-main.ts) into dist/ with esbuild (ESM, code splitting so that rarely used parts, such
// as the AWS SDK for the CLI, load only when needed). better-sqlite3 and esbuild stay external:
// they are native.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.ts', 'functions-worker': 'src/functions/worker-main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  external: ['better-sqlite3', 'esbuild'],
  logLevel: 'warning',
  banner: {
    // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
    js: "import { createRequire as __portico_cr } from 'node:module'; const require = __portico_cr(import.meta.url);",
  },
});
