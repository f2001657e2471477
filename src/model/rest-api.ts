/**
 * RestApi — the top of the tree (https://docs.aws.amazon.com/apigateway/latest/api/API_RestApi.html).
 * Member names are AWS's wire names; unset optional members are absent, as AWS omits them.
 */
export type EndpointType = 'REGIONAL' | 'EDGE' | 'PRIVATE';
export type IpAddressType = 'ipv4' | 'dualstack';
export type ApiKeySourceType = 'HEADER' | 'AUTHORIZER';

export type EndpointConfiguration = {
  types?: EndpointType[];
  ipAddressType?: IpAddressType;
  vpcEndpointIds?: string[];
};

export type RestApi = {
  id: string;
  name: string;
  description?: string;
  createdDate: number;
  version?: string;
  warnings?: string[];
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
  apiKeySource: ApiKeySourceType;
  endpointConfiguration: EndpointConfiguration;
  policy?: string;
  tags?: Record<string, string>;
  disableExecuteApiEndpoint: boolean;
  rootResourceId: string;
  securityPolicy?: string;
  endpointAccessMode?: string;
};
