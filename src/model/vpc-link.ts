/** VpcLink (https://docs.aws.amazon.com/apigateway/latest/api/API_VpcLink.html). */
export type VpcLinkStatus = 'AVAILABLE' | 'PENDING' | 'DELETING' | 'FAILED';

export type VpcLink = {
  id: string;
  name: string;
  description?: string;
  targetArns: string[];
  status: VpcLinkStatus;
  statusMessage?: string;
  tags?: Record<string, string>;
};
