/**
 * UsagePlan and UsagePlanKey (https://docs.aws.amazon.com/apigateway/latest/api/API_UsagePlan.html)
 * — account-level. A plan names the API stages it covers (`apiStages`, always present, `[]` by
 * default [recorded]) with optional throttle and quota; its keys are API keys.
 */
export type ThrottleSettings = { burstLimit?: number; rateLimit?: number };
export type QuotaSettings = { limit?: number; offset?: number; period?: string };
export type ApiStage = { apiId: string; stage: string; throttle?: Record<string, ThrottleSettings> };

export type UsagePlan = {
  id: string;
  name: string;
  description?: string;
  apiStages: ApiStage[];
  throttle?: ThrottleSettings;
  quota?: QuotaSettings;
  productCode?: string;
  tags?: Record<string, string>;
};

/** A key of a plan, as stored (scope: the plan id). The wire form adds the API key's name and value. */
export type UsagePlanKeyRecord = {
  id: string;
  type: 'API_KEY';
  /** Portico's own, never on the wire: the order keys were added (listed newest first, as API keys are). */
  createdOrder: number;
};

export const QUOTA_PERIODS = ['DAY', 'WEEK', 'MONTH'] as const;
