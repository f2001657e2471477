"""The integration lifecycle driven by boto3 (Debian python3-boto3) against a Portico endpoint.

Usage: python3 boto3_lifecycle.py ENDPOINT_URL
Prints one line per check and exits non-zero on the first failure.
"""
import sys

import boto3
from botocore.exceptions import ClientError

endpoint = sys.argv[1]
client = boto3.client(
    "apigateway",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="test",
    aws_secret_access_key="test",
)
checks = 0


def check(label, condition, detail=""):
    global checks
    checks += 1
    if not condition:
        print(f"FAIL {label}: {detail}")
        sys.exit(1)
    print(f"ok {label}")


def error_of(fn, **kwargs):
    try:
        fn(**kwargs)
    except ClientError as e:
        return e.response["Error"]["Code"], e.response["Error"]["Message"], e.response["ResponseMetadata"]["HTTPStatusCode"]
    raise AssertionError("expected an error")


api = client.create_rest_api(name="boto3-api", description="from boto3", tags={"team": "a"})
check("create status", api["ResponseMetadata"]["HTTPStatusCode"] == 201, api)
# Debian's botocore (1.29) predates endpointConfiguration.ipAddressType and rootResourceId and drops
# them; a newer botocore shows them.
check("create defaults", api["apiKeySource"] == "HEADER" and api["endpointConfiguration"]["types"] == ["EDGE"], api)
check("create tags", api["tags"] == {"team": "a"}, api)
rest_api_id = api["id"]
root = client.get_resources(restApiId=rest_api_id)["items"][0]["id"]
check("root resource", api.get("rootResourceId", root) == root, api)
check("get", client.get_rest_api(restApiId=rest_api_id)["name"] == "boto3-api")
check("list", rest_api_id in [a["id"] for a in client.get_rest_apis()["items"]])

res = client.create_resource(restApiId=rest_api_id, parentId=root, pathPart="{proxy+}")
check("resource path", res["path"] == "/{proxy+}", res)
code, msg, status = error_of(client.create_resource, restApiId=rest_api_id, parentId=res["id"], pathPart="child")
check("greedy child refused", (code, msg, status) == ("BadRequestException", "Cannot create a child of a resource with a greedy path variable: {proxy+}", 400), msg)

m = client.put_method(restApiId=rest_api_id, resourceId=res["id"], httpMethod="ANY", authorizationType="NONE",
                      requestParameters={"method.request.path.proxy": True})
check("put method", m["httpMethod"] == "ANY" and m["apiKeyRequired"] is False, m)
client.put_method_response(restApiId=rest_api_id, resourceId=res["id"], httpMethod="ANY", statusCode="200",
                           responseParameters={"method.response.header.X-Id": False})
check("get method response", client.get_method_response(restApiId=rest_api_id, resourceId=res["id"], httpMethod="ANY", statusCode="200")["responseParameters"] == {"method.response.header.X-Id": False})

integ = client.put_integration(
    restApiId=rest_api_id, resourceId=res["id"], httpMethod="ANY", type="HTTP_PROXY", integrationHttpMethod="ANY",
    uri="http://backend.example.com/{proxy}", requestParameters={"integration.request.path.proxy": "method.request.path.proxy"},
    timeoutInMillis=5000, tlsConfig={"insecureSkipVerification": True},
)
check("put integration", integ["timeoutInMillis"] == 5000 and integ["connectionType"] == "INTERNET" and integ["cacheNamespace"] == res["id"], integ)
check("tls config", integ["tlsConfig"] == {"insecureSkipVerification": True}, integ)
code, msg, _ = error_of(client.put_integration, restApiId=rest_api_id, resourceId=res["id"], httpMethod="ANY", type="HTTP",
                        integrationHttpMethod="GET", uri="http://x", requestParameters={"integration.request.path.id": "method.request.path.id"})
check("undeclared mapping source", msg == "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.path.id]", msg)
ir = client.put_integration_response(restApiId=rest_api_id, resourceId=res["id"], httpMethod="ANY", statusCode="200",
                                     selectionPattern="", responseParameters={"method.response.header.X-Id": "integration.response.header.X-Id"},
                                     responseTemplates={"application/json": ""})
check("integration response template null", ir["responseTemplates"] == {"application/json": None}, ir)
got = client.get_integration(restApiId=rest_api_id, resourceId=res["id"], httpMethod="ANY")
check("integration embeds responses", got["integrationResponses"]["200"]["selectionPattern"] == "", got)

dep = client.create_deployment(restApiId=rest_api_id, stageName="v1", description="first")
check("deployment", dep["ResponseMetadata"]["HTTPStatusCode"] == 201 and dep["description"] == "first", dep)
stages = client.get_stages(restApiId=rest_api_id)["item"]
check("stage created", [s["stageName"] for s in stages] == ["v1"] and stages[0]["deploymentId"] == dep["id"], stages)
code, msg, status = error_of(client.delete_deployment, restApiId=rest_api_id, deploymentId=dep["id"])
check("active stage guard", status == 400 and msg == "Active stages pointing to this deployment must be moved or deleted", msg)
client.delete_stage(restApiId=rest_api_id, stageName="v1")
client.delete_deployment(restApiId=rest_api_id, deploymentId=dep["id"])
check("deployment gone", client.get_deployments(restApiId=rest_api_id)["items"] == [])

link = client.create_vpc_link(name="link", targetArns=["arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/n/1"])
check("vpc link pending", link["status"] == "PENDING" and link["ResponseMetadata"]["HTTPStatusCode"] == 202, link)
check("vpc link available", client.get_vpc_link(vpcLinkId=link["id"])["status"] == "AVAILABLE")
client.delete_vpc_link(vpcLinkId=link["id"])

client.delete_rest_api(restApiId=rest_api_id)
code, msg, status = error_of(client.get_rest_api, restApiId=rest_api_id)
check("deleted", (code, status) == ("NotFoundException", 404) and msg.startswith("Invalid API identifier specified"), msg)
print(f"{checks} checks passed")
