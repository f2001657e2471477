/**
 * Parameter values read from files (`awscli/paramfile.py`): `file://path` is read as text (UTF-8,
 * universal newlines, as Python's text mode), `fileb://path` as bytes. `~` and `$VAR` in the path
 * are expanded. Anything else is not a file reference (null).
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { strRepr } from './output/py/repr.js';
import { Bytes } from './values.js';

export class ResourceLoadingError extends Error {}

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  EISDIR: [21, 'Is a directory'],
  ENOTDIR: [20, 'Not a directory'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  ENAMETOOLONG: [36, 'File name too long'],
};

/** `os.path.expanduser`. */
export function expandUser(p: string, env: NodeJS.ProcessEnv): string {
  if (!p.startsWith('~')) return p;
  const slash = p.indexOf('/');
  const user = slash < 0 ? p.slice(1) : p.slice(1, slash);
  if (user !== '') return p;
  const home = env['HOME'] ?? homedir();
  return (home.replace(/\/+$/, '') || '/') + (slash < 0 ? '' : p.slice(slash));
}

/** `os.path.expandvars`: `$name` and `${name}` of defined variables. */
export function expandVars(p: string, env: NodeJS.ProcessEnv): string {
  if (!p.includes('$')) return p;
  return p.replace(/\$(\w+|\{[^}]*\})/g, (m, name: string) => {
    const n = name.startsWith('{') ? name.slice(1, -1) : name;
    const v = env[n];
    return v === undefined ? m : v;
  });
}

/** Python's OSError text: `[Errno 2] No such file or directory: 'x'`. */
export function osErrorText(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const known = ERRNO[code];
  if (known) return `[Errno ${known[0]}] ${known[1]}: ${strRepr(path)}`;
  return `${(e as Error).message}`;
}

/** Python text-mode read: strict UTF-8, `\r\n` and `\r` become `\n`. */
export function readText(path: string): string {
  const data = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    throw new ResourceLoadingError(
      `Unable to load paramfile (${path}), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.`,
    );
  }
  return text.replace(/\r\n?/g, '\n');
}

/** `get_paramfile`: the file's contents for a `file://`/`fileb://` value, else null. */
export function getParamfile(value: unknown, env: NodeJS.ProcessEnv = process.env): string | Bytes | null {
  if (typeof value !== 'string') return null;
  for (const prefix of ['file://', 'fileb://'] as const) {
    if (!value.startsWith(prefix)) continue;
    const path = expandVars(expandUser(value.slice(prefix.length), env), env);
    try {
      return prefix === 'file://' ? readText(path) : new Bytes(new Uint8Array(readFileSync(path)));
    } catch (e) {
      if (e instanceof ResourceLoadingError) throw e;
      throw new ResourceLoadingError(`Unable to load paramfile ${value}: ${osErrorText(e, path)}`);
    }
  }
  return null;
}
