/**
 * Patch paths are JSON pointers (RFC 6901): segments separated by `/`, with `~1` standing for `/`
 * and `~0` for `~` inside a segment (`/requestTemplates/application~1json`). API Gateway also
 * accepts a path without its leading slash (the manual page's third example,
 * `requestTemplates/application~1json`) [docs].
 */
export type Pointer = {
  readonly raw: string;
  /** Decoded segments. */
  readonly segments: readonly string[];
  /** The same segments as sent (`~1` kept): UpdateStage stores method-setting keys undecoded. */
  readonly rawSegments: readonly string[];
};

export function parsePointer(raw: string): Pointer {
  const body = raw.startsWith('/') ? raw.slice(1) : raw;
  const rawSegments = body === '' ? [] : body.split('/');
  return { raw, segments: rawSegments.map(decodeSegment), rawSegments };
}

/** `~1` -> `/`, then `~0` -> `~` (in that order, so `~01` decodes to `~1`). */
export function decodeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function encodeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
