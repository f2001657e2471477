/**
 * Identifiers of the form AWS uses: lower-case letters and digits. REST API ids and root resource
 * ids have 10 characters (`a1b2c3d4e5`), other resources, deployments and VPC links 6 (`a1b2c3`).
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function randomId(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      // 252 = 7 * 36: rejecting bytes >= 252 keeps every character equally likely.
      if (b < 252 && out.length < length) out += ALPHABET[b % 36];
    }
  }
  return out;
}

export const newRestApiId = (): string => randomId(10);
export const newRootResourceId = (): string => randomId(10);
export const newResourceId = (): string => randomId(6);
export const newDeploymentId = (): string => randomId(6);
export const newVpcLinkId = (): string => randomId(6);
export const newRequestId = (): string => crypto.randomUUID();
