/**
 * Media types as API Gateway compares them: only the part before `;` of the first type before
 * `,`, lower-cased. A body is binary when its type matches an entry of the API's
 * `binaryMediaTypes`: exactly, or `type/*`, or `*\/*`; `*\/subtype` never matches [recorded]. A
 * value without a `/` (`Accept: application`) is no media type: it matches no wildcard [recorded].
 */
export function mediaType(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const first = header.split(',')[0]!.split(';')[0]!.trim().toLowerCase();
  return first === '' ? undefined : first;
}

export function isBinaryType(type: string | undefined, binaryMediaTypes: readonly string[] | undefined): boolean {
  if (!type || !binaryMediaTypes?.length) return false;
  const slash = type.indexOf('/');
  const main = slash < 0 ? undefined : type.slice(0, slash);
  return binaryMediaTypes.some((entry) => {
    const e = entry.toLowerCase();
    if (e === '*/*') return main !== undefined;
    if (e.startsWith('*/')) return false;
    if (e.endsWith('/*')) return e.slice(0, -2) === main;
    return e === type;
  });
}
