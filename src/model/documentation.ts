/**
 * DocumentationPart and DocumentationVersion
 * (https://docs.aws.amazon.com/apigateway/latest/api/API_DocumentationPart.html). A part documents
 * one location of the API (the API itself, a resource, a method, a parameter, a model ...) with a
 * JSON `properties` string; a version is a named snapshot that stages can point at.
 */
import { BadRequestException } from '../errors/aws-error.js';
import * as msg from '../errors/messages.js';
export const DOCUMENTATION_PART_TYPES = [
  'API',
  'AUTHORIZER',
  'MODEL',
  'RESOURCE',
  'METHOD',
  'PATH_PARAMETER',
  'QUERY_PARAMETER',
  'REQUEST_HEADER',
  'REQUEST_BODY',
  'RESPONSE',
  'RESPONSE_HEADER',
  'RESPONSE_BODY',
] as const;
export type DocumentationPartType = (typeof DOCUMENTATION_PART_TYPES)[number];

export type DocumentationPartLocation = {
  type: string;
  path?: string;
  method?: string;
  statusCode?: string;
  name?: string;
};

export type DocumentationPart = {
  id: string;
  location: DocumentationPartLocation;
  properties: string;
};

export type DocumentationVersion = {
  version: string;
  createdDate: number;
  description?: string;
};

/** Two locations are the same when every member is [AWS keeps one part per location]. */
export function sameLocation(a: DocumentationPartLocation, b: DocumentationPartLocation): boolean {
  return a.type === b.type && a.path === b.path && a.method === b.method && a.statusCode === b.statusCode && a.name === b.name;
}

/** Properties are a JSON object in a string [guess: AWS refuses other JSON]. */
export function checkDocumentationProperties(value: string | undefined): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value ?? '');
  } catch {
    throw new BadRequestException(msg.invalidDocumentationProperties());
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new BadRequestException(msg.invalidDocumentationProperties());
  return value!;
}
