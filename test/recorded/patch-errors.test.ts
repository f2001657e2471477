/**
 * Every patch error AWS recorded is reproduced. `aws-errors.json` lists each distinct error text
 * with up to three recordings (`recorded_in`); the snapshots do not say which call produced an
 * entry, so UPDATE_ENTRIES names, from the LocalStack test sources, every recorded error entry that
 * an Update* call produced. The texts of those entries — and every aws-errors text recorded in one
 * of them — must each be the expected value of an entry that a ported recordedTest in this folder
 * compares with `match(...)` (not `skip`), so that a text no port reproduces fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVector, VECTORS } from '../support/vectors.js';

type AwsError = { code: string; status: number | null; message: string; recorded_in: string[] };
type Snapshot = Record<string, { 'recorded-content': Record<string, unknown> }>;

/**
 * Recorded error entries produced by an Update* operation, by recorded test (read from the tests in
 * `tests/aws/services/apigateway/` of localstack/localstack; see docs/research/patch-other-resources.md,
 * appendix A, for the first seven kinds).
 */
const UPDATE_ENTRIES: Readonly<Record<string, readonly string[]>> = {
  // UpdateRestApi
  'test_apigateway_api.py::TestApiGatewayApiRestApi::test_update_rest_api_compression': ['set-negative-compression', 'set-string-compression', 'unsupported-operation'],
  'test_apigateway_api.py::TestApiGatewayApiRestApi::test_update_rest_api_behaviour': [
    'update-rest-api-add-base-path',
    'update-rest-api-replace-base-path',
    'update-rest-api-remove-base-path',
  ],
  'test_apigateway_api.py::TestApiGatewayApiRestApi::test_update_rest_api_invalid_api_id': ['not-found-update-rest-api'],
  'test_apigateway_api.py::TestApiGatewayApiRestApi::test_update_rest_api_ip_address_type': [
    'update-rest-api-replace-to-ipv4-within-private-type',
    'update-rest-api-wrong-ipAddressType',
    'update-rest-api-wrong-type',
    'update-rest-api-invalid-operation-on-ipAddressType',
    'update-rest-api-invalid-operation-on-type',
  ],
  'test_apigateway_api.py::TestApiGatewayApiRestApi::test_update_rest_api_concatenation_of_errors': [
    'update-rest-api-wrong-operations-on-ipAddressType',
    'update-rest-api-wrong-operations-on-type',
    'update-rest-api-wrong-operations-on-type-and-on-ip-address-type',
  ],
  // UpdateResource
  'test_apigateway_api.py::TestApiGatewayApiResource::test_update_resource_behaviour': [
    'nonexistent-resource',
    'invalid-path-part',
    'invalid-parent-id',
    'existing-future-sibling-path',
    'update-parent-id-to-subresource-id',
    'update-path-already-exists',
    'remove-unsupported',
    'add-unsupported',
  ],
  'test_apigateway_api.py::TestApiGatewayApiResource::test_update_resource_on_root': ['update-root-path-part', 'update-root-parent'],
  // UpdateMethod
  'test_apigateway_api.py::TestApiGatewayApiMethod::test_update_method_validation': [
    'wrong-rest-api',
    'wrong-resource-id',
    'method-does-not-exist',
    'unsupported-operation',
    'unsupported-operation-2',
    'unsupported-path',
    'wrong-path-request-parameters',
    'wrong-path-request-models',
    'wrong-auth-type',
    'wrong-auth-id',
    'wrong-req-validator-id',
  ],
  // UpdateMethodResponse
  'test_apigateway_api.py::TestApigatewayMethodResponse::test_update_method_response_wrong_operations': [
    'update-method-response-wrong-operation-1',
    'update-method-response-wrong-operation-2',
    'update-method-response-wrong-operation-3',
    'update-method-response-wrong-operation-4',
    'update-method-response-wrong-operation-5',
  ],
  'test_apigateway_api.py::TestApigatewayMethodResponse::test_update_method_response_negative_tests': [
    'update-method-response-wrong-statuscode',
    'update-method-response-invalid-statuscode',
    'update-method-response-invalid-statuscode-and-wrong-op',
    'update-method-response-wrong-resource',
    'update-method-response-wrong-method',
  ],
  'test_apigateway_api.py::TestApigatewayMethodResponse::test_update_method_lack_response_parameters_and_models': [
    'update-method-response-operation-without-response-parameters',
    'update-method-response-operation-without-response-models',
    'update-method-response-operation-with-wrong-path',
  ],
  'test_apigateway_api.py::TestApigatewayMethodResponse::test_update_method_wrong_param_names': [
    'update-method-response-operation-with-wrong-param-name-1',
    'update-method-response-operation-with-wrong-param-name-2',
    'update-method-response-operation-with-wrong-param-name-3',
    'update-method-response-operation-with-wrong-param-name-4',
  ],
  // UpdateModel
  'test_apigateway_api.py::TestApiGatewayApiModels::test_update_model': [
    'update-model-wrong-id',
    'update-model-invalid-op',
    'update-model-invalid-path',
    'update-model-empty-schema',
  ],
  // UpdateRequestValidator
  'test_apigateway_api.py::TestApiGatewayApiRequestValidator::test_invalid_update_request_validator_operations': [
    'update-request-validator-invalid-add-operation',
    'update-request-validator-invalid-remove-operation',
    'update-request-validator-invalid-path',
    'update-request-validator-empty-name-value',
  ],
  // UpdateGatewayResponse
  'test_apigateway_api.py::TestApiGatewayGatewayResponse::test_gateway_response_validation': [
    'update-gateway-response-no-api',
    'update-gateway-response-wrong-response-type',
  ],
  'test_apigateway_api.py::TestApiGatewayGatewayResponse::test_update_gateway_response': [
    'update-gateway-add-status-code',
    'update-gateway-remove-status-code',
    'update-gateway-replace-invalid-parameter',
    'update-gateway-no-path',
    'update-gateway-wrong-op',
    'update-gateway-wrong-path',
    'update-gateway-replace-invalid-parameter-0-none',
    'update-gateway-replace-invalid-parameter-1-none',
  ],
  // UpdateDocumentationPart
  'test_apigateway_api.py::TestApiGatewayApiDocumentationPart::test_invalid_update_documentation_part': [
    'update-documentation-part-invalid-api-id',
    'update-documentation-part-invalid-add-operation',
    'update-documentation-part-invalid-path',
  ],
  // UpdateVpcLink
  'test_apigateway_api.py::TestApiGatewayVpcLink::test_update_vpc_link_invalid_id': ['update_vpc_link_invalid_id'],
  // UpdateStage
  'test_apigateway_api.py::TestApiGatewayStage::test_stage_access_log_settings_validation': [
    'invalid-path-add',
    'invalid-path-remove',
    'invalid-path-replace',
    'star-and-add',
    'star-and-remove',
    'star-and-replace',
    'root-and-add',
    'root-and-replace',
    'update-stage-access-log-destinationArn-empty',
    'update-stage-access-log-format-empty',
    'update-stage-access-log-dest-remove',
  ],
  'test_apigateway_canary.py::TestStageCrudCanary::test_update_stage_canary_deployment_validation': [
    'update-stage-canary-settings-remove-overrides',
    'update-stage-canary-settings-bad-path',
    'update-stage-canary-settings-bad-path-2',
    'update-stage-canary-settings-replace-bad-path',
    'update-stage-add-deployment',
    'update-stage-no-deployment',
  ],
  'test_apigateway_canary.py::TestStageCrudCanary::test_update_stage_with_copy_ops': ['copy-with-bad-statement', 'copy-with-no-replace'],
  'test_apigateway_common.py::TestStages::test_create_update_stages': ['error-update-doc-version', 'error-update-tags'],
  'test_apigateway_common.py::TestStages::test_update_stage_remove_wildcard': ['delete-error'],
  // UpdateUsagePlan
  'test_apigateway_common.py::TestUsagePlans::test_usage_plan_crud': [
    'update-wrong-id',
    'update-wrong-api-stages-no-value',
    'update-wrong-api-stages-wrong-api',
    'update-wrong-api-stages-wrong-stage',
    'update-wrong-api-stages-wrong-value',
  ],
  // UpdateApiKey
  'test_apigateway_extended.py::TestApigatewayApiKeysCrud::test_update_api_key_invalid_description_length': ['update-api-key-description-too-long'],
  'test_apigateway_extended.py::TestApigatewayApiKeysCrud::test_update_api_key_immutable_field': ['update-api-key-immutable-field'],
};

/**
 * Patch error texts no port reproduces, each with the reason. Keep this short: an entry belongs
 * here only when the recording cannot be replayed (data plane, another AWS service) — never because
 * Portico answers differently.
 */
const NOT_REPRODUCED: Readonly<Record<string, string>> = {};

/** Every snapshot, by recorded test key (`file.py::Class::test`). */
function snapshots(): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const dir = join(VECTORS, 'aws-recorded');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.snapshot.json'))) {
    const snapshot = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Snapshot;
    for (const [k, v] of Object.entries(snapshot)) out.set(k.replace('tests/aws/services/apigateway/', ''), v['recorded-content']);
  }
  return out;
}

const errorMessage = (value: unknown): string | undefined =>
  (value as { Error?: { Message?: unknown } } | null)?.Error?.Message as string | undefined;

/** The entries each ported recordedTest compares with `match('entry', ...)`, by test key. */
function matchedEntries(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const dir = import.meta.dirname;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    const consts = new Map([...source.matchAll(/const (\w+) = '([^']*)';/g)].map((m) => [m[1]!, m[2]!]));
    const tests = [...source.matchAll(/recordedTest\(\s*([`'])([^`']+)\1/g)];
    tests.forEach((m, i) => {
      const key = m[2]!.replace(/\$\{(\w+)\}/g, (whole, name: string) => consts.get(name) ?? whole);
      const body = source.slice(m.index, tests[i + 1]?.index ?? source.length);
      const entries = out.get(key) ?? new Set<string>();
      for (const e of body.matchAll(/\bmatch\(\s*(['"])([^'"]+)\1/g)) entries.add(e[2]!);
      out.set(key, entries);
    });
  }
  return out;
}

describe('recorded patch errors: every Update* error text is reproduced', () => {
  const recordings = snapshots();
  const errors = readVector<AwsError[]>('aws-errors.json');
  const matched = matchedEntries();

  /** `Class::test :: entry` of aws-errors.json -> the snapshot key and entry. */
  const resolveRecordedIn = (ref: string): { key: string; entry: string } | undefined => {
    const [test, entry] = ref.split(' :: ') as [string, string];
    const key = [...recordings.keys()].find((k) => k.endsWith(`.py::${test}`));
    return key === undefined ? undefined : { key, entry };
  };
  const isUpdateEntry = (key: string, entry: string): boolean => UPDATE_ENTRIES[key]?.includes(entry) ?? false;

  const texts = new Set<string>();
  for (const [key, entries] of Object.entries(UPDATE_ENTRIES)) {
    for (const entry of entries) {
      const message = errorMessage(recordings.get(key)?.[entry]);
      if (message !== undefined) texts.add(message);
    }
  }
  for (const e of errors) {
    if (e.recorded_in.some((ref) => {
      const r = resolveRecordedIn(ref);
      return r !== undefined && isUpdateEntry(r.key, r.entry);
    })) texts.add(e.message);
  }

  it('names only recorded error entries', () => {
    const wrong = Object.entries(UPDATE_ENTRIES).flatMap(([key, entries]) =>
      entries.filter((entry) => errorMessage(recordings.get(key)?.[entry]) === undefined).map((entry) => `${key} › ${entry}`),
    );
    expect(wrong).toEqual([]);
  });

  it('resolves every recorded_in of aws-errors.json to a snapshot entry', () => {
    const unresolved = errors.flatMap((e) => e.recorded_in.filter((ref) => {
      const r = resolveRecordedIn(ref);
      return r === undefined || !(r.entry in recordings.get(r.key)!);
    }));
    expect(unresolved).toEqual([]);
  });

  it('selects every text about patch paths and ops', () => {
    const patchTexts = errors.map((e) => e.message).filter((m) => /patch (path|operation)|patchOperations/.test(m));
    expect(patchTexts.filter((m) => !texts.has(m))).toEqual([]);
    expect(texts.size).toBeGreaterThan(50);
  });

  it('reproduces each text in a ported recorded test', () => {
    const missing: string[] = [];
    for (const text of texts) {
      if (text in NOT_REPRODUCED) continue;
      const reproduced = [...recordings].some(
        ([key, content]) => matched.get(key) !== undefined && Object.entries(content).some(([entry, value]) => errorMessage(value) === text && matched.get(key)!.has(entry)),
      );
      if (!reproduced) missing.push(text);
    }
    expect(missing).toEqual([]);
  });

  it('lists as not reproduced only texts that are patch errors and are indeed not reproduced', () => {
    expect(Object.keys(NOT_REPRODUCED).filter((t) => !texts.has(t))).toEqual([]);
  });

  it('finds no skipped or focused tests among the ports', () => {
    const dir = import.meta.dirname;
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .filter((f) => /\b(describe|it|test)\.(skip|only|todo)\b/.test(readFileSync(join(dir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
