/**
 * Automatic pagination as the AWS CLI does it (botocore `PageIterator`): pages are fetched while
 * the response carries a new `position`; `--max-items` truncates and produces a resume token
 * (base64 of `{"position": ..., "boto_truncate_amount": N}`), `--starting-token` resumes from
 * one (any other string is taken as the service's own token), `--page-size` sets `limit`.
 * The merged result (`build_full_result`) holds the result keys, the non-aggregate keys of the
 * first page and `NextToken`.
 */
import type { PaginatorConfig } from './model.js';
import { GeneralError } from './errors.js';
import { parseJson } from './output/json-parse.js';
import { jsonDumps } from './output/formatters/json-encode.js';
import type { PyDict, PyValue } from './output/value.js';
import { paramRepr, type Param, type ParamMap } from './values.js';

export type PageConfig = { maxItems: bigint | null; startingToken: string | null; pageSize: Param | null };

function b64decodeLenient(token: string): Uint8Array {
  let s = token.replace(/[^A-Za-z0-9+/=]/g, '');
  const eq = s.indexOf('=');
  const data = eq >= 0 ? s.slice(0, eq) : s;
  if (data.length % 4 === 1) {
    throw new Error(`Invalid base64-encoded string: number of data characters (${data.length}) cannot be 1 more than a multiple of 4`);
  }
  const need = (4 - (data.length % 4)) % 4;
  if (need && (eq < 0 || s.slice(eq).length < need)) throw new Error('Incorrect padding');
  s = data;
  return new Uint8Array(Buffer.from(s, 'base64'));
}

/** TokenEncoder.encode: base64 of `json.dumps(token)`. */
export function encodeToken(token: PyDict): string {
  return Buffer.from(jsonDumps(token, { ensureAscii: true }), 'utf8').toString('base64');
}

function decodeToken(token: string): PyDict | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(b64decodeLenient(token));
    const v = parseJson(text);
    return v instanceof Map ? v : null;
  } catch {
    return null;
  }
}

export type Page = PyDict;

export class PageIterator {
  resumeToken: string | null = null;
  nonAggregatePart: PyDict = new Map();
  private readonly inputToken: string;
  private readonly outputToken: string;
  private readonly resultKey: string;

  constructor(
    private readonly config: PaginatorConfig,
    private readonly page: PageConfig,
    private readonly kwargs: ParamMap,
    private readonly call: (kwargs: ParamMap) => Promise<Page>,
  ) {
    this.inputToken = config.input_token;
    this.outputToken = config.output_token;
    this.resultKey = config.result_key;
  }

  get resultKeys(): string[] {
    return [this.resultKey];
  }

  private parseStartingToken(): [PyDict, number] {
    const token = this.page.startingToken!;
    const decoded = decodeToken(token);
    if (decoded) {
      let index = 0;
      if (decoded.has('boto_truncate_amount')) {
        const v = decoded.get('boto_truncate_amount');
        index = typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? Math.trunc(v) : 0;
        decoded.delete('boto_truncate_amount');
      }
      return [decoded, index];
    }
    let parts: (string | null)[] = token.split('___');
    let index = 0;
    if (parts.length === 2) {
      const last = parts[1]!;
      if (/^\s*[+-]?\d+(_\d+)*\s*$/.test(last)) {
        index = Number(last.replace(/_/g, ''));
        parts = parts.slice(0, 1);
      } else parts = [token];
    }
    parts = parts.map((p) => (p === 'None' ? null : p));
    if (parts.length > 1) throw new GeneralError(`Bad starting token: ${token}`);
    return [new Map([[this.inputToken, parts[0] ?? null]]), index];
  }

  private injectToken(kwargs: ParamMap, next: PyDict): void {
    for (const [name, token] of next) {
      if (token !== null && token !== 'None') kwargs.set(name, token as Param);
      else kwargs.delete(name);
    }
  }

  private setResumeToken(value: PyDict): void {
    this.resumeToken = encodeToken(value);
  }

  /** Fetches page after page, handing each to `onPage` (as the reference's generator yields). */
  async run(onPage: (page: Page) => Promise<void> | void): Promise<void> {
    const kwargs = this.kwargs;
    let previous: string | null = null;
    let nextToken: PyDict = new Map([[this.inputToken, null]]);
    if (this.page.startingToken !== null) {
      nextToken = this.parseStartingToken()[0];
      this.injectToken(kwargs, nextToken);
    }
    if (this.page.pageSize !== null && this.config.limit_key) kwargs.set(this.config.limit_key, this.page.pageSize);
    let total = 0;
    let first = true;
    let startingTruncation = 0;
    const maxItems = this.page.maxItems === null ? null : Number(this.page.maxItems);
    for (;;) {
      const parsed = await this.call(new Map(kwargs));
      if (first) {
        if (this.page.startingToken !== null) {
          startingTruncation = this.parseStartingToken()[1];
          const all = parsed.get(this.resultKey);
          if (Array.isArray(all)) parsed.set(this.resultKey, all.slice(startingTruncation));
          else if (typeof all === 'string') parsed.set(this.resultKey, [...all].slice(startingTruncation).join(''));
          else parsed.set(this.resultKey, null);
        }
        first = false;
        this.nonAggregatePart = new Map();
        for (const k of this.config.non_aggregate_keys ?? []) this.nonAggregatePart.set(k, parsed.get(k) ?? null);
      } else startingTruncation = 0;
      const current = parsed.get(this.resultKey);
      const items = Array.isArray(current) ? current : current == null ? [] : [...String(current)];
      const truncate = maxItems === null ? 0 : total + items.length - maxItems;
      if (truncate > 0) {
        const keep = items.length - truncate;
        parsed.set(this.resultKey, keep >= 0 ? items.slice(0, keep) : items.slice(0, keep));
        nextToken.set('boto_truncate_amount', BigInt(keep + startingTruncation));
        this.setResumeToken(nextToken);
        await onPage(parsed);
        return;
      }
      await onPage(parsed);
      total += items.length;
      const out = parsed.get(this.outputToken);
      nextToken = new Map([[this.inputToken, out !== undefined && out !== null && out !== '' && out !== false ? out : null]]);
      if ([...nextToken.values()].every((t) => t === null)) return;
      if (maxItems !== null && total === maxItems) {
        this.setResumeToken(nextToken);
        return;
      }
      const key = paramRepr(toParamDict(nextToken));
      if (previous !== null && previous === key) throw new GeneralError(`The same next token was received twice: ${key}`);
      this.injectToken(kwargs, nextToken);
      previous = key;
    }
  }

  /** `build_full_result`. */
  async buildFullResult(): Promise<PyDict> {
    const complete: PyDict = new Map();
    await this.run((page) => {
      const value = page.get(this.resultKey);
      if (value === undefined || value === null) return;
      const existing = complete.get(this.resultKey);
      if (existing === undefined || existing === null) complete.set(this.resultKey, Array.isArray(value) ? [...value] : value);
      else if (Array.isArray(existing) && Array.isArray(value)) existing.push(...value);
      else if (typeof existing === 'string' && typeof value === 'string') complete.set(this.resultKey, existing + value);
    });
    for (const [k, v] of this.nonAggregatePart) complete.set(k, v);
    if (this.resumeToken !== null) complete.set('NextToken', this.resumeToken);
    return complete;
  }
}

function toParamDict(d: PyDict): Param {
  return new Map([...d].map(([k, v]) => [k, v as Param]));
}

export type { PyValue };
