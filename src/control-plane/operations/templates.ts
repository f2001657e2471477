/**
 * Mapping templates as AWS stores them: a template given as `""` or `null` is kept, and returned,
 * as `null` [recorded for integration responses; assumed for request templates]. At run time a
 * null template is an empty template ("Input Passthrough" in the manual page's words).
 */
export function normaliseTemplates(templates: Record<string, string | null>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(templates)) {
    Object.defineProperty(out, k, { value: v === '' ? null : v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
