/**
 * Selecting the integration response
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html):
 * a `selectionPattern` is a Java regular expression matched against the whole selection value —
 * the endpoint's status code, or a Lambda function's `errorMessage` — with `.` not matching line
 * breaks [docs, community]; the first match in ascending status-code order wins [recorded case;
 * open question 1]. Otherwise the default response (no or empty pattern) applies; without one the
 * client gets AWS's configuration-error 500 [docs].
 */
import type { IntegrationResponse } from '../../model/integration.js';

const compiled = new Map<string, RegExp | null>();

function pattern(source: string): RegExp | null {
  let re = compiled.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(`^(?:${source})$`);
    } catch {
      re = null;
    }
    compiled.set(source, re);
  }
  return re;
}

export function selectIntegrationResponse(
  responses: Readonly<Record<string, IntegrationResponse>> | undefined,
  value: string,
): IntegrationResponse | undefined {
  const all = byStatus(responses);
  for (const r of all) {
    if (!r.selectionPattern) continue;
    if (pattern(r.selectionPattern)?.test(value)) return r;
  }
  return all.find((r) => !r.selectionPattern);
}

/** A deployment's integration responses in status order, sorted once (deployments do not change). */
const sortedResponses = new WeakMap<object, readonly IntegrationResponse[]>();
const NONE: readonly IntegrationResponse[] = [];

function byStatus(responses: Readonly<Record<string, IntegrationResponse>> | undefined): readonly IntegrationResponse[] {
  if (!responses) return NONE;
  let sorted = sortedResponses.get(responses);
  if (!sorted) {
    sorted = Object.values(responses).sort((a, b) => Number(a.statusCode) - Number(b.statusCode));
    sortedResponses.set(responses, sorted);
  }
  return sorted;
}
