/**
 * Compares a response with a value recorded from AWS by LocalStack's snapshot tests.
 *
 * Recordings replace volatile values with placeholders: `<id:1>`, `<name:2>`, `<region>`,
 * `datetime`, the account id as `111111111111`. A placeholder matches any value the first time and
 * the same value afterwards (bindings live for one recorded test); two numbered placeholders of the
 * same kind (`<id:1>`, `<id:2>`) must stand for different values. Placeholders may sit inside a
 * string (`Invalid API identifier specified 111111111111:<upper-id>`). LocalStack shows strings that
 * hold JSON (mapping templates, policies) parsed; such a recorded value matches the string's JSON.
 */
export type Bindings = { byToken: Map<string, string>; byValue: Map<string, string> };

export const newBindings = (fixed: Record<string, string> = {}): Bindings => {
  const b: Bindings = { byToken: new Map(), byValue: new Map() };
  for (const [token, value] of Object.entries(fixed)) b.byToken.set(token, value);
  return b;
};

const TOKEN = /<[A-Za-z0-9_:.\- ]+>/g;

export function matchRecorded(recorded: unknown, actual: unknown, bindings: Bindings, path = '$', ignore: readonly string[] = []): string[] {
  if (ignore.includes(path)) return [];
  if (typeof recorded === 'string') return matchString(recorded, actual, bindings, path);
  if (recorded !== null && typeof recorded === 'object' && typeof actual === 'string') {
    // The recordings show JSON strings (templates, policies) parsed into values.
    const parsed = tryJson(actual);
    if (parsed !== undefined) return matchRecorded(recorded, parsed, bindings, path, ignore);
  }
  if (recorded === null || typeof recorded !== 'object') {
    return recorded === actual ? [] : [`${path}: expected ${JSON.stringify(recorded)}, got ${show(actual)}`];
  }
  if (Array.isArray(recorded)) {
    if (!Array.isArray(actual)) return [`${path}: expected a list, got ${show(actual)}`];
    if (actual.length !== recorded.length) return [`${path}: expected ${recorded.length} items, got ${actual.length}: ${show(actual)}`];
    return recorded.flatMap((r, i) => matchRecorded(r, actual[i], bindings, `${path}[${i}]`, ignore));
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
    return [`${path}: expected an object, got ${show(actual)}`];
  }
  const rec = recorded as Record<string, unknown>;
  const act = actual as Record<string, unknown>;
  const errors: string[] = [];
  for (const key of Object.keys(rec)) {
    const sub = `${path}.${key}`;
    if (ignore.includes(sub)) continue;
    if (!(key in act)) errors.push(`${sub}: missing (expected ${show(rec[key])})`);
    else errors.push(...matchRecorded(rec[key], act[key], bindings, sub, ignore));
  }
  for (const key of Object.keys(act)) {
    const sub = `${path}.${key}`;
    if (!(key in rec) && !ignore.includes(sub)) errors.push(`${sub}: unexpected member ${show(act[key])}`);
  }
  return errors;
}

function matchString(recorded: string, actual: unknown, bindings: Bindings, path: string): string[] {
  if (recorded === 'datetime') {
    const ok = actual instanceof Date || typeof actual === 'number' || (typeof actual === 'string' && !Number.isNaN(Date.parse(actual)));
    return ok ? [] : [`${path}: expected a timestamp, got ${show(actual)}`];
  }
  if (typeof actual !== 'string') return [`${path}: expected string ${JSON.stringify(recorded)}, got ${show(actual)}`];
  const tokens = recorded.match(TOKEN) ?? [];
  if (tokens.length === 0) {
    return recorded === actual ? [] : [`${path}: expected ${JSON.stringify(recorded)}, got ${JSON.stringify(actual)}`];
  }
  const literals = recorded.split(TOKEN);
  const pattern = new RegExp(`^${literals.map(escapeRegExp).join('([\\s\\S]*?)')}$`);
  const m = pattern.exec(actual);
  if (!m) return [`${path}: expected ${JSON.stringify(recorded)}, got ${JSON.stringify(actual)}`];
  const errors: string[] = [];
  tokens.forEach((token, i) => {
    const value = m[i + 1]!;
    const bound = bindings.byToken.get(token);
    if (bound !== undefined) {
      if (bound !== value) errors.push(`${path}: ${token} was ${JSON.stringify(bound)}, now ${JSON.stringify(value)}`);
      return;
    }
    const kind = token.replace(/:\d+>$/, '>');
    const other = bindings.byValue.get(`${kind}\u0000${value}`);
    if (other !== undefined && other !== token) {
      errors.push(`${path}: ${token} has the value of ${other} (${JSON.stringify(value)})`);
      return;
    }
    bindings.byToken.set(token, value);
    bindings.byValue.set(`${kind}\u0000${value}`, token);
  });
  return errors;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const show = (v: unknown): string => (v instanceof Date ? `Date(${v.toISOString()})` : JSON.stringify(v));
