/**
 * botocore's `ParamValidator`: every parameter is checked against the input shape before anything
 * is sent, and all problems are reported together as `Parameter validation failed:` followed by
 * one line per problem, in traversal order (`Unknown parameter in patchOperations[0]: "paht",
 * must be one of: op, path, value, from`; `Invalid type for parameter x, value: yes, type:
 * <class 'str'>, valid types: <class 'bool'>`; `Missing required parameter in input: "name"`).
 */
import type { Shape } from './model.js';
import { BotocoreParamValidationError } from './errors.js';
import { Bytes, paramStr, pyClass, type Param } from './values.js';

const CLASS = {
  dict: "<class 'dict'>",
  list: "<class 'list'>, <class 'tuple'>",
  str: "<class 'str'>",
  int: "<class 'int'>",
  bool: "<class 'bool'>",
  float: "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
  blob: "<class 'bytes'>, <class 'bytearray'>, file-like object",
} as const;

export function validateParameters(params: Param, shape: Shape): void {
  const errors: string[] = [];
  validate(params, shape, errors, '');
  if (errors.length) throw new BotocoreParamValidationError(errors.join('\n'));
}

const displayName = (name: string): string => (!name ? 'input' : name.startsWith('.') ? name.slice(1) : name);

function invalidType(errors: string[], name: string, param: Param, valid: string): void {
  errors.push(`Invalid type for parameter ${displayName(name)}, value: ${paramStr(param)}, type: ${pyClass(param)}, valid types: ${valid}`);
}

const isInt = (v: Param): boolean => typeof v === 'bigint' || typeof v === 'boolean';

function validate(param: Param, shape: Shape, errors: string[], name: string): void {
  switch (shape.typeName) {
    case 'structure': {
      if (!(param instanceof Map)) return invalidType(errors, name, param, CLASS.dict);
      for (const req of shape.requiredMembers) {
        if (!param.has(req)) errors.push(`Missing required parameter in ${displayName(name)}: "${req}"`);
      }
      const members = shape.members;
      const known: string[] = [];
      for (const key of param.keys()) {
        if (!members.has(key)) {
          errors.push(`Unknown parameter in ${displayName(name)}: "${key}", must be one of: ${[...members.keys()].join(', ')}`);
        } else known.push(key);
      }
      for (const key of known) validate(param.get(key)!, members.get(key)!, errors, `${name}.${key}`);
      return;
    }
    case 'list':
      if (!Array.isArray(param)) return invalidType(errors, name, param, CLASS.list);
      param.forEach((item, i) => validate(item, shape.member, errors, `${name}[${i}]`));
      return;
    case 'map':
      if (!(param instanceof Map)) return invalidType(errors, name, param, CLASS.dict);
      for (const [k, v] of param) {
        validate(k, shape.key, errors, `${name} (key: ${k})`);
        validate(v, shape.value, errors, `${name}.${k}`);
      }
      return;
    case 'string':
      if (typeof param !== 'string') invalidType(errors, name, param, CLASS.str);
      return;
    case 'integer':
    case 'long':
      if (!isInt(param)) invalidType(errors, name, param, CLASS.int);
      return;
    case 'boolean':
      if (typeof param !== 'boolean') invalidType(errors, name, param, CLASS.bool);
      return;
    case 'double':
    case 'float':
      if (!isInt(param) && typeof param !== 'number') invalidType(errors, name, param, CLASS.float);
      return;
    case 'blob':
      if (typeof param !== 'string' && !(param instanceof Bytes)) invalidType(errors, name, param, CLASS.blob);
      return;
    case 'timestamp':
      return;
  }
}
