/**
 * Recorded AWS tests (shared/vectors/aws-recorded) that no test in this folder replays yet, each
 * with the reason. `coverage.test.ts` checks that every recording is either replayed by a
 * `recordedTest` here or listed below, so nothing is forgotten silently. When an issue adds the
 * operations a recording needs, its port moves from this list into a test file.
 */
type Entry = readonly [pattern: RegExp, reason: string];

const DATA_PLANE = 'invokes deployed stages (data plane, issue 5; Lambda and AWS integrations, issue 6)';
const OUT_OF_SCOPE = (what: string) => `needs ${what}, which Portico does not implement (no open issue)`;

export const NOT_PORTED: readonly Entry[] = [
  [/^test_apigateway_api\.py::TestApiGatewayApiDocumentationPart::test_import_documentation_parts$/, OUT_OF_SCOPE('ImportRestApi (the API is imported from OpenAPI first)')],
  [/^test_apigateway_api\.py::TestApigatewayTestInvoke::/, OUT_OF_SCOPE('TestInvokeMethod')],
  [/^test_apigateway_basic\.py::TestAPIGateway::test_apigw_test_invoke_method_api$/, OUT_OF_SCOPE('TestInvokeMethod')],
  [/^test_apigateway_basic\.py::TestAPIGateway::test_api_gateway_mock_integration$/, DATA_PLANE],
  [/^test_apigateway_basic\.py::TestIntegrations::test_mock_integration_response\[/, DATA_PLANE],
  [/^test_apigateway_common\.py::TestApiGatewayCommon::/, DATA_PLANE],
  [/^test_apigateway_common\.py::TestApigatewayRouting::/, DATA_PLANE],
  [/^test_apigateway_dynamodb\.py::test_rest_api_to_dynamodb_integration\[/, DATA_PLANE],
  [/^test_apigateway_eventbridge\.py::/, DATA_PLANE],
  [/^test_apigateway_extended\.py::test_export_/, OUT_OF_SCOPE('ImportRestApi and GetExport')],
  [/^test_apigateway_http\.py::/, DATA_PLANE],
  [/^test_apigateway_import\.py::/, OUT_OF_SCOPE('ImportRestApi and PutRestApi (OpenAPI import)')],
  [/^test_apigateway_integrations\.py::test_create_execute_api_vpc_endpoint$/, OUT_OF_SCOPE('EC2 VPC endpoints and private APIs')],
  [/^test_apigateway_integrations\.py::TestApiGatewayHeaderRemapping::/, DATA_PLANE],
  [/^test_apigateway_integrations\.py::test_integration_mock_with_(request_overrides|response_override|vtl_map)/, DATA_PLANE],
  [/^test_apigateway_kinesis\.py::/, DATA_PLANE],
  [/^test_apigateway_lambda\.py::(test_lambda_aws_proxy_integration|test_lambda_selection_patterns|test_lambda_aws_integration_response_with_mapping_templates|test_aws_proxy_response_payload_format_validation)/, DATA_PLANE],
  [/^test_apigateway_lambda_cfn\.py::/, OUT_OF_SCOPE('CloudFormation')],
  [/^test_apigateway_s3\.py::(?!TestApiGatewayS3BinarySupport::test_apigw_s3_binary_support_(request|response)_convert_to_binary_with_request_template$)/, DATA_PLANE],
  [/^test_apigateway_sqs\.py::/, DATA_PLANE],
  [/^test_apigateway_ssm\.py::/, DATA_PLANE],
  [/^test_apigateway_stepfunctions\.py::/, DATA_PLANE],
];
