/**
 * The data plane's template engine: API Gateway's VTL environment (src/apigw-vtl). A template
 * error (syntax, runtime, limits) is AWS's 500 `Internal server error` [inferred, spec §5.4].
 * The `$context` a template leaves behind (request and response overrides) is written back to the
 * invocation, so the response template and the method response see it [recorded].
 */
import { fromJava, isStaticTemplate, renderTemplate, toJava, type PlainObject, type PlainValue, type TemplateError } from '../../apigw-vtl/index.js';
import { JMap } from '../../vtl/index.js';
import { compilePath, JsonPathError } from '../../vtl/jsonpath/jsonpath.js';
import type { RenderInput, TemplateEngine } from '../deps.js';
import { GatewayError, gatewayMessages } from '../gateway-errors.js';
import type { JsonPathEvaluator } from './parameters.js';

/** JSONPath as AWS evaluates it (Jayway), over a parsed JSON document. */
export const jaywayPath: JsonPathEvaluator = (document, path) => {
  try {
    const value = compilePath(path).read(toJava(document as PlainValue));
    return { found: true, value: fromJava(value) };
  } catch (err) {
    if (err instanceof JsonPathError) return { found: false };
    throw err;
  }
};

/** A template that failed to render: AWS's fixed 500, with the template error for logs and tools. */
export class TemplateRenderError extends GatewayError {
  constructor(readonly templateError: TemplateError) {
    super('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, {
      status: 500,
      fixedBody: true,
      detail: `mapping template ${templateError.kind} error at ${templateError.line}:${templateError.column}: ${templateError.message}\n${templateError.excerpt}`,
    });
  }
}

/**
 * `$context` as the engine's map, converted once per invocation and kept on the context object
 * under a non-enumerable symbol (invisible to spreads, `Object.keys` and JSON; a WeakMap costs
 * more in garbage collection than the conversion saves): the request and the response template of
 * one invocation share it, so the second sees what the first set.
 */
const JAVA_CONTEXT = Symbol('javaContext');
type WithJava = { [JAVA_CONTEXT]?: JMap };

function javaContextOf(context: object): JMap {
  const holder = context as WithJava;
  let java = holder[JAVA_CONTEXT];
  if (!java) {
    java = toJava(context as PlainObject, { opaqueNested: true, tracked: true, lazy: true }) as JMap;
    Object.defineProperty(context, JAVA_CONTEXT, { value: java, enumerable: false, writable: true, configurable: true });
  }
  return java;
}

export const vtlTemplates: TemplateEngine = {
  render(input: RenderInput): string {
    if (isStaticTemplate(input.template)) return input.template;
    const javaContext = javaContextOf(input.context);
    const result = renderTemplate({
      template: input.template,
      body: input.body,
      params: input.params,
      javaContext,
      stageVariables: input.stageVariables,
    });
    if (!result.ok) throw new TemplateRenderError(result.error);
    if (result.contextChanged) {
      // Write the template's changes (overrides above all) back for the stages that read them.
      const after = result.context;
      const target = input.context as Record<string, unknown>;
      for (const key of Object.keys(target)) if (!(key in after)) delete target[key];
      Object.assign(target, after);
    }
    return result.output;
  },
  jsonPath: jaywayPath,
};
