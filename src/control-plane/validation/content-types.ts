/**
 * Keys of requestTemplates / responseTemplates / requestModels / responseModels must be media
 * types: AWS answers `Validation Result: warnings : [], errors : [Invalid content type specified:
 * 123]` otherwise [recorded]. A media type here is `type/subtype` of RFC 6838 name characters,
 * where either part may be `*`.
 */
import { BadRequestException } from '../../errors/aws-error.js';
import * as msg from '../../errors/messages.js';

const NAME = "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*";
const MEDIA_TYPE = new RegExp(`^(?:${NAME}|\\*)/(?:${NAME}|\\*)$`);

export const isMediaType = (key: string): boolean => MEDIA_TYPE.test(key);

export function checkContentTypes(map: Record<string, unknown>): void {
  for (const key of Object.keys(map)) if (!isMediaType(key)) throw new BadRequestException(msg.invalidContentType(key));
}
