/**
 * Parsing a template: size check, a fresh parser (Velocity 1.7 grammar), then the init pass.
 * The result can be rendered any number of times (`interpreter.ts`).
 */
import { VtlError } from './errors.js';
import { DEFAULT_LIMITS, type VtlLimits } from './limits.js';
import { initTree, TemplateInitError, type ParsedTemplate } from './node-init.js';
import { Parser } from './parser.js';

export type { ParsedTemplate } from './node-init.js';

export function parseTemplate(source: string, limits: VtlLimits = DEFAULT_LIMITS): ParsedTemplate {
  if (source.length > limits.maxTemplateSize) {
    throw new VtlError('limit', `Template size ${String(source.length)} exceeds the limit of ${String(limits.maxTemplateSize)} characters`, source, 0);
  }
  try {
    const root = new Parser(source, limits.maxNestingDepth).parseProcess();
    const macros = initTree(root, new Map());
    return { root, macros };
  } catch (e) {
    if (e instanceof TemplateInitError) throw new VtlError('parse', e.message, source, e.token.begin);
    if (e instanceof RangeError) throw new VtlError('limit', 'Template nesting too deep', source, 0);
    throw e;
  }
}
