/**
 * The "Shorthand Syntax" and "JSON Syntax" samples of a manual page (awscli's
 * `ParamShorthandDocGen` and `clidocs` JSON examples), generated from the option's shape.
 */
import type { Shape } from '../model.js';

const MAX_STACK = 3;
class TooComplex extends Error {}

function isComplex(shape: Shape): boolean {
  const t = shape.typeName;
  if (t !== 'structure' && t !== 'list' && t !== 'map') return false;
  if (t === 'list') return ['structure', 'list', 'map'].includes(shape.member.typeName);
  return true;
}

function docs(shape: Shape, stack: string[]): string {
  if (stack.length > MAX_STACK) throw new TooComplex();
  switch (shape.typeName) {
    case 'structure': {
      const parts: string[] = [];
      for (const [name, m] of shape.members) {
        if (stack.includes(m.name)) parts.push(`${name}=( ... recursive ... )`);
        else {
          stack.push(m.name);
          try {
            parts.push(`${name}=${docs(m, stack)}`);
          } finally {
            stack.pop();
          }
        }
      }
      return stack.length ? `{${parts.join(',')}}` : parts.join(',');
    }
    case 'list': {
      stack.push(shape.member.name);
      let el: string;
      try {
        el = docs(shape.member, stack);
      } finally {
        stack.pop();
      }
      return ['structure', 'list', 'map'].includes(shape.member.typeName) || stack.length > 1 ? `[${el},${el}]` : `${el},${el}`;
    }
    case 'map': {
      const v = docs(shape.value, stack);
      let start = `KeyName1=${v},KeyName2=${v}`;
      if (shape.key.enum.length && !stack.length) {
        start += '\n\nWhere valid key names are:\n' + shape.key.enum.map((e) => `  ${e}\n`).join('');
      } else if (stack.length) start = `{${start}}`;
      return start;
    }
    default:
      return shape.typeName;
  }
}

export function shorthandExample(shape: Shape, _opCliName: string): string | null {
  if (!isComplex(shape)) return null;
  try {
    return shape.typeName === 'list' ? `${docs(shape.member, [])} ...` : docs(shape, []);
  } catch (e) {
    if (e instanceof TooComplex) return '';
    throw e;
  }
}

function jsonValue(shape: Shape, indent: number, stack: string[]): string {
  const pad = ' '.repeat(indent);
  switch (shape.typeName) {
    case 'structure': {
      if (stack.includes(shape.name)) return '{ ... recursive ... }';
      stack.push(shape.name);
      const parts = [...shape.members].map(([name, m]) => `${pad}  "${name}": ${jsonValue(m, indent + 2, stack)}`);
      stack.pop();
      return `{\n${parts.join(',\n')}\n${pad}}`;
    }
    case 'list':
      return `[${jsonListBody(shape.member, indent, stack)}`;
    case 'map':
      return `{"${shape.key.enum.length ? shape.key.enum.join('"|"') : 'string'}": ${jsonValue(shape.value, indent + 2, stack)}\n${pad}  ...\n${pad}}`;
    case 'string':
      return shape.enum.length ? shape.enum.map((e) => `"${e}"`).join('|') : '"string"';
    case 'boolean':
      return 'true|false';
    case 'blob':
      return 'blob';
    case 'timestamp':
      return 'timestamp';
    default:
      return shape.typeName;
  }
}

function jsonListBody(member: Shape, indent: number, stack: string[]): string {
  const pad = ' '.repeat(indent);
  if (member.typeName === 'structure' || member.typeName === 'list' || member.typeName === 'map') {
    return `\n${pad}  ${jsonValue(member, indent + 2, stack)}\n${pad}  ...\n${pad}]`;
  }
  return `${jsonValue(member, indent, stack)}, ...]`;
}

export function jsonExample(shape: Shape): string | null {
  if (!['structure', 'list', 'map'].includes(shape.typeName)) return null;
  return jsonValue(shape, 0, []);
}
