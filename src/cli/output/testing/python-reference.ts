/**
 * Runs reference.py (the AWS CLI's own jmespath and formatters on /usr/bin/python3) on a batch of
 * tasks in one process. Differential tests skip when the reference is not installed
 * (`bash ../shared/tools/install-reference-clients.sh`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./reference.py', import.meta.url));

export function referenceAvailable(): boolean {
  if (!existsSync(PYTHON)) return false;
  const r = spawnSync(PYTHON, ['-c', 'import jmespath, awscli.formatter; assert jmespath.__version__ == "1.0.1"'], { encoding: 'utf8' });
  return r.status === 0;
}

export function runReference<T>(mode: 'jmespath' | 'format' | 'unicode' | 'floats', tasks: readonly unknown[]): T[] {
  const r = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify({ mode, tasks }),
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
  });
  if (r.status !== 0) throw new Error(`reference.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T[];
}
