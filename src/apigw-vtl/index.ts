/**
 * API Gateway's bindings for Velocity mapping templates (`$input`, `$util`, `$context`,
 * `$stageVariables`) on top of the generic engine in `../vtl/`.
 */
export { isStaticTemplate, renderTemplate, type RenderTemplateInput, type RenderTemplateResult, type TemplateError } from './render.js';
export { fromJava, toJava, type PlainObject, type PlainValue } from './context.js';
export { createInput, type MethodRequestParams } from './input.js';
export { createUtil, escapeJavaScript, urlEncode, urlDecode, base64Encode, base64Decode } from './util.js';
