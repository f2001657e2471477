/**
 * Payload encodings (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html),
 * every cell recorded with S3 integrations (shared/spec/data-plane.md §5.3, §7.5).
 *
 * A payload is binary when its media type is one of the API's binaryMediaTypes. Text goes through
 * as UTF-8 (invalid bytes become U+FFFD [recorded]); CONVERT_TO_TEXT base64-encodes binary;
 * CONVERT_TO_BINARY base64-decodes text. Text that must be decoded but is not base64 is a 500
 * [recorded].
 */
import { GatewayError, gatewayMessages } from '../gateway-errors.js';

export type ContentHandling = 'CONVERT_TO_TEXT' | 'CONVERT_TO_BINARY' | undefined;

/** The body, converted, and whether the result is text (a template may read it). */
export type Converted = { bytes: Buffer; isText: boolean };

const internalError = (detail: string) => new GatewayError('API_CONFIGURATION_ERROR', gatewayMessages.internalServerError, { status: 500, fixedBody: true, detail });

export function decodeBase64Strict(text: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw internalError('body is not valid base64');
  return Buffer.from(compact, 'base64');
}

/** Text as API Gateway passes it on: invalid UTF-8 sequences become U+FFFD. */
const asText = (bytes: Buffer): Buffer => (bytes.length === 0 ? bytes : Buffer.from(bytes.toString('utf8'), 'utf8'));

/** Integration request: the method request body as the integration receives it. */
export function convertRequest(body: Buffer, isBinary: boolean, handling: ContentHandling): Converted {
  if (!isBinary) {
    if (handling === 'CONVERT_TO_BINARY') return { bytes: decodeBase64Strict(body.toString('utf8')), isText: false };
    return { bytes: asText(body), isText: true };
  }
  if (handling === 'CONVERT_TO_TEXT') return { bytes: Buffer.from(body.toString('base64'), 'utf8'), isText: true };
  return { bytes: body, isText: false };
}

/** Integration response: the endpoint body as the method response carries it. */
export function convertResponse(body: Buffer, payloadBinary: boolean, acceptBinary: boolean, handling: ContentHandling): Converted {
  if (!payloadBinary) {
    if (handling === 'CONVERT_TO_BINARY' || (acceptBinary && handling !== 'CONVERT_TO_TEXT')) {
      return { bytes: decodeBase64Strict(body.toString('utf8')), isText: false };
    }
    return { bytes: asText(body), isText: true };
  }
  if (handling === 'CONVERT_TO_TEXT' || (!acceptBinary && handling !== 'CONVERT_TO_BINARY')) {
    return { bytes: Buffer.from(body.toString('base64'), 'utf8'), isText: true };
  }
  return { bytes: body, isText: false };
}
