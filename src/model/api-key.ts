/**
 * ApiKey (https://docs.aws.amazon.com/apigateway/latest/api/API_ApiKey.html) — account-level, not
 * part of any REST API. A key is `enabled: false` and has `stageKeys: []` unless told otherwise
 * [recorded]. Its value is returned by CreateApiKey, and otherwise only on request
 * (`includeValue(s)`) [recorded].
 */
export type ApiKey = {
  id: string;
  value: string;
  name?: string;
  customerId?: string;
  description?: string;
  enabled: boolean;
  createdDate: number;
  lastUpdatedDate: number;
  /** `restApiId/stageName` */
  stageKeys: string[];
  tags?: Record<string, string>;
  /**
   * Portico's own, never on the wire: the creation order. AWS lists keys newest first [recorded in
   * two tests]; createdDate has only second precision.
   */
  createdOrder: number;
};

export const API_KEY_NAME_MAX = 1024;
export const API_KEY_DESCRIPTION_MAX = 125_000;
export const API_KEY_VALUE_MIN = 20;
export const API_KEY_VALUE_MAX = 128;
