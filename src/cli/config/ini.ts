/**
 * The shared config and credentials files as botocore reads them (`botocore.configloader`):
 * Python's `RawConfigParser` (sections, `key = value` or `key: value`, `#`/`;` comment lines,
 * keys lower-cased, indented continuation lines), and a value that starts with a line break is a
 * nested section (`s3 =\n  max_concurrent_requests = 10`).
 */
import { readFileSync } from 'node:fs';

export type IniValue = string | Map<string, string>;
export type IniSection = Map<string, IniValue>;
export type IniFile = Map<string, IniSection>;

export class ConfigParseError extends Error {
  constructor(readonly path: string) {
    super(`Unable to parse config file: ${path}`);
  }
}

export function parseIni(text: string, path: string): IniFile {
  const sections: IniFile = new Map();
  const raw = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  let lastKey: string | undefined;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (/^\s*$/.test(line)) {
      lastKey = undefined;
      continue;
    }
    if (/^\s*[#;]/.test(line)) continue;
    if (/^\s/.test(line) && current && lastKey !== undefined) {
      current.set(lastKey, `${current.get(lastKey)}\n${line.trim()}`);
      continue;
    }
    const header = /^\[(.*)\]\s*$/.exec(line);
    if (header) {
      const name = header[1]!;
      if (raw.has(name)) throw new ConfigParseError(path);
      current = new Map();
      raw.set(name, current);
      lastKey = undefined;
      continue;
    }
    if (!current) throw new ConfigParseError(path);
    const m = /^([^=:]*?)\s*[=:]\s*(.*)$/.exec(line);
    if (!m) throw new ConfigParseError(path);
    lastKey = m[1]!.trim().toLowerCase();
    current.set(lastKey, m[2]!.trim());
  }
  for (const [name, values] of raw) {
    const section: IniSection = new Map();
    for (const [k, v] of values) {
      if (v.startsWith('\n')) {
        const nested = new Map<string, string>();
        for (const l of v.split('\n').slice(1)) {
          const m = /^([^=]*?)\s*=\s*(.*)$/.exec(l);
          if (m) nested.set(m[1]!.trim(), m[2]!.trim());
        }
        section.set(k, nested);
      } else section.set(k, v);
    }
    sections.set(name, section);
  }
  return sections;
}

/** Reads and parses a file; a missing file is empty. */
export function loadIni(path: string): IniFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return new Map();
  }
  return parseIni(text, path);
}
