/**
 * The data plane's template engine: API Gateway's VTL environment (src/apigw-vtl). A template
 * error (syntax, runtime, limits) is AWS's 500 `Internal server error` [inferred, spec §5.4].
 * The `$context` a template leaves behind (request and response overrides) is written back to the
 * invocation, so the response template and the method response see it [recorded].
 */
import { fromJava, renderTemplate, toJava, type PlainObject, type PlainValue, type TemplateError } from '../../apigw-vtl/index.js';
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

export const vtlTemplates: TemplateEngine = {
  render(input: RenderInput): string {
    const result = renderTemplate({
      template: input.template,
      body: input.body,
      params: input.params,
      context: input.context as unknown as PlainObject,
      stageVariables: input.stageVariables,
    });
    if (!result.ok) throw new TemplateRenderError(result.error);
    const target = input.context as Record<string, unknown>;
    for (const key of Object.keys(target)) if (!(key in result.context)) delete target[key];
    Object.assign(target, result.context);
    return result.output;
  },
  jsonPath: jaywayPath,
};
