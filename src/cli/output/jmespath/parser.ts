/**
 * jmespath.py 1.0.1's parser (parser.py): a Pratt (top-down operator precedence) parser over the
 * whole token list, two tokens of lookahead. The AWS CLI compiles `--query` with it before sending
 * anything, and prints its errors as `Bad value for --query EXPR: MESSAGE` (exit 252). Its
 * leniencies are kept: `f(a b)` passes two arguments, `{a: b c: d}` needs no comma, a quoted
 * identifier may not name a function (reported at column 0). Port of MIT-licensed code, see NOTICE.md.
 *
 * Grammar (JMESPath, as this parser accepts it; binding powers in BINDING_POWER):
 *   expression        = nud *led
 *   nud               = literal / identifier / "*" rhs / "[?" filter / "{" hash / "(" expression ")"
 *                     / "[]" rhs / "!" expression / "[" (index / slice / "*]" rhs / list) / "@" / "&" expression
 *   led               = "." (dot-rhs / "*" rhs) / "|" expression / "||" expression / "&&" expression
 *                     / "(" [expression *("," expression)] ")" / "[?" filter / comparator expression
 *                     / "[]" rhs / "[" (index / slice / "*" "]" rhs)
 *   filter            = expression "]" rhs
 *   index             = number "]"
 *   slice             = [number] ":" [number] [":" [number]] "]"
 *   list              = expression *("," expression) "]"
 *   hash              = identifier ":" expression *([","] identifier ":" expression) "}"
 *   rhs               = (token with binding power < 10) / "[" ... / "[?" ... / "." dot-rhs
 *   dot-rhs           = identifier / "*" / "[" list / "{" hash
 *   comparator        = "==" / "!=" / "<" / "<=" / ">" / ">="
 */
import type { Comparator, KeyValPair, Node } from './ast.js';
import { identity, indexExpression, projection, valueProjection } from './ast.js';
import { incompleteExpression, parseError } from './errors.js';
import { pyStr } from '../py/repr.js';
import { Lexer, type Token, type TokenType } from './lexer.js';
import { TokenCursor } from './token-cursor.js';

const BINDING_POWER: Readonly<Record<TokenType, number>> = {
  eof: 0, unquoted_identifier: 0, quoted_identifier: 0, literal: 0, rbracket: 0, rparen: 0, comma: 0,
  rbrace: 0, number: 0, current: 0, expref: 0, colon: 0, pipe: 1, or: 2, and: 3, eq: 5, gt: 5, lt: 5,
  gte: 5, lte: 5, ne: 5, flatten: 9, star: 20, filter: 21, dot: 40, not: 45, lbrace: 50, lbracket: 55,
  lparen: 60,
};
/** Tokens below this binding power end a projection. */
const PROJECTION_STOP = 10;

const COMPARATORS: Partial<Record<TokenType, Comparator>> = { eq: 'eq', ne: 'ne', gt: 'gt', gte: 'gte', lt: 'lt', lte: 'lte' };

export class Parser extends TokenCursor {
  parse(): Node {
    this.tokens = new Lexer(this.expression).tokenize();
    const parsed = this.expr(0);
    if (this.current() !== 'eof') {
      const t = this.peek(0);
      throw parseError(this.expression, t, `Unexpected token: ${pyStr(t.value)}`);
    }
    return parsed;
  }

  // expression = nud *led   (led while binding_power < BINDING_POWER[current])
  private expr(bindingPower: number): Node {
    return this.frame(() => {
      const left = this.peek(0);
      this.advance();
      let node = this.frame(() => this.nud(left));
      let current = this.current();
      while (bindingPower < BINDING_POWER[current]) {
        if (current === 'star' || current === 'not' || current === 'lbrace') {
          throw parseError(this.expression, this.peek(0), 'invalid token');
        }
        this.advance();
        const prev = node;
        const type = current;
        node = this.frame(() => this.led(type, prev));
        current = this.current();
      }
      return node;
    });
  }

  private nud(token: Token): Node {
    switch (token.type) {
      // literal
      case 'literal':
        return { type: 'literal', value: token.value };
      // identifier
      case 'unquoted_identifier':
        return { type: 'field', value: token.value as string };
      case 'quoted_identifier': {
        if (this.current() === 'lparen') {
          const t = this.peek(0);
          throw parseError(this.expression, { ...t, start: 0 }, 'Quoted identifier not allowed for function names.');
        }
        return { type: 'field', value: token.value as string };
      }
      // "*" rhs   (a bare `*]` projects nothing further)
      case 'star': {
        const right = this.current() === 'rbracket' ? identity() : this.projectionRhs(BINDING_POWER.star);
        return valueProjection(identity(), right);
      }
      // "[?" filter
      case 'filter':
        return this.frame(() => this.ledFilter(identity()));
      // "{" hash
      case 'lbrace':
        return this.multiSelectHash();
      // "(" expression ")"
      case 'lparen': {
        const e = this.expr(0);
        this.match('rparen');
        return e;
      }
      // "[]" rhs
      case 'flatten':
        return projection({ type: 'flatten', children: [identity()] }, this.projectionRhs(BINDING_POWER.flatten));
      // "!" expression
      case 'not':
        return { type: 'not_expression', children: [this.expr(BINDING_POWER.not)] };
      // "[" (index / slice / "*]" rhs / list)
      case 'lbracket':
        if (this.current() === 'number' || this.current() === 'colon') {
          return this.projectIfSlice(identity(), this.indexExpression());
        }
        if (this.current() === 'star' && this.lookahead(1) === 'rbracket') {
          this.advance();
          this.advance();
          return projection(identity(), this.projectionRhs(BINDING_POWER.star));
        }
        return this.multiSelectList();
      // "@"
      case 'current':
        return { type: 'current' };
      // "&" expression
      case 'expref':
        return { type: 'expref', children: [this.expr(BINDING_POWER.expref)] };
      case 'eof':
        throw incompleteExpression(this.expression);
      default:
        throw parseError(this.expression, token, 'invalid token');
    }
  }

  private led(type: TokenType, left: Node): Node {
    const comparator = COMPARATORS[type];
    if (comparator) {
      // _token_led_eq -> _parse_comparator -> _expression
      return this.frame(() => ({ type: 'comparator', value: comparator, children: [left, this.expr(BINDING_POWER[type])] }));
    }
    switch (type) {
      // "." (dot-rhs / "*" rhs); a chain of dots stays one subexpression
      case 'dot': {
        if (this.current() !== 'star') {
          const right = this.dotRhs(BINDING_POWER.dot);
          if (left.type === 'subexpression') {
            left.children.push(right);
            return left;
          }
          return { type: 'subexpression', children: [left, right] };
        }
        this.advance();
        return valueProjection(left, this.projectionRhs(BINDING_POWER.dot));
      }
      // "|" expression
      case 'pipe':
        return { type: 'pipe', children: [left, this.expr(BINDING_POWER.pipe)] };
      // "||" expression
      case 'or':
        return { type: 'or_expression', children: [left, this.expr(BINDING_POWER.or)] };
      // "&&" expression
      case 'and':
        return { type: 'and_expression', children: [left, this.expr(BINDING_POWER.and)] };
      // "(" [expression *("," expression)] ")"   (function call; commas are optional)
      case 'lparen': {
        if (left.type !== 'field') {
          const prev = this.peek(-2);
          throw parseError(this.expression, prev, `Invalid function name '${pyStr(prev.value)}'`);
        }
        const args: Node[] = [];
        while (this.current() !== 'rparen') {
          const e = this.expr(0);
          if (this.current() === 'comma') this.match('comma');
          args.push(e);
        }
        this.match('rparen');
        return { type: 'function_expression', value: left.value, children: args };
      }
      // "[?" filter
      case 'filter':
        return this.ledFilter(left);
      // "[]" rhs
      case 'flatten':
        return projection({ type: 'flatten', children: [left] }, this.projectionRhs(BINDING_POWER.flatten));
      // "[" (index / slice / "*" "]" rhs)
      case 'lbracket': {
        const token = this.peek(0);
        if (token.type === 'number' || token.type === 'colon') {
          const right = this.indexExpression();
          if (left.type === 'index_expression') {
            left.children.push(right);
            return left;
          }
          return this.projectIfSlice(left, right);
        }
        this.match('star');
        this.match('rbracket');
        return projection(left, this.projectionRhs(BINDING_POWER.star));
      }
      default:
        throw new Error(`no led for ${type}`);
    }
  }

  // filter = expression "]" rhs
  private ledFilter(left: Node): Node {
    const condition = this.expr(0);
    this.match('rbracket');
    const right = this.current() === 'flatten' ? identity() : this.projectionRhs(BINDING_POWER.filter);
    return { type: 'filter_projection', children: [left, right, condition] };
  }

  // index = number "]"  /  slice
  private indexExpression(): Node {
    return this.frame(() => {
      if (this.lookahead(0) === 'colon' || this.lookahead(1) === 'colon') return this.sliceExpression();
      const node: Node = { type: 'index', value: this.peek(0).value as bigint };
      this.advance();
      this.match('rbracket');
      return node;
    });
  }

  // slice = [number] ":" [number] [":" [number]] "]"
  private sliceExpression(): Node {
    return this.frame(() => {
      const parts: [bigint | null, bigint | null, bigint | null] = [null, null, null];
      let index = 0;
      let current = this.current();
      while (current !== 'rbracket' && index < 3) {
        if (current === 'colon') {
          index += 1;
          if (index === 3) throw parseError(this.expression, this.peek(0), 'syntax error');
          this.advance();
        } else if (current === 'number') {
          parts[index] = this.peek(0).value as bigint;
          this.advance();
        } else {
          throw parseError(this.expression, this.peek(0), 'syntax error');
        }
        current = this.current();
      }
      this.match('rbracket');
      return { type: 'slice', children: parts };
    });
  }

  private projectIfSlice(left: Node, right: Node): Node {
    return this.frame(() => {
      const indexExpr = indexExpression([left, right]);
      if (right.type === 'slice') return projection(indexExpr, this.projectionRhs(BINDING_POWER.star));
      return indexExpr;
    });
  }

  // list = expression *("," expression) "]"
  private multiSelectList(): Node {
    return this.frame(() => {
      const expressions: Node[] = [];
      for (;;) {
        expressions.push(this.expr(0));
        if (this.current() === 'rbracket') break;
        this.match('comma');
      }
      this.match('rbracket');
      return { type: 'multi_select_list', children: expressions };
    });
  }

  // hash = identifier ":" expression *([","] identifier ":" expression) "}"
  private multiSelectHash(): Node {
    return this.frame(() => {
      const pairs: KeyValPair[] = [];
      for (;;) {
        const keyToken = this.peek(0);
        this.matchMultiple(['quoted_identifier', 'unquoted_identifier']);
        this.match('colon');
        const value = this.expr(0);
        pairs.push({ type: 'key_val_pair', value: keyToken.value as string, children: [value] });
        if (this.current() === 'comma') this.match('comma');
        else if (this.current() === 'rbrace') {
          this.match('rbrace');
          break;
        }
      }
      return { type: 'multi_select_dict', children: pairs };
    });
  }

  // rhs = (token with binding power < 10) / "[" ... / "[?" ... / "." dot-rhs
  private projectionRhs(bindingPower: number): Node {
    return this.frame(() => {
      const current = this.current();
      if (BINDING_POWER[current] < PROJECTION_STOP) return identity();
      if (current === 'lbracket' || current === 'filter') return this.expr(bindingPower);
      if (current === 'dot') {
        this.match('dot');
        return this.dotRhs(bindingPower);
      }
      throw parseError(this.expression, this.peek(0), 'syntax error');
    });
  }

  // dot-rhs = identifier / "*" / "[" list / "{" hash
  private dotRhs(bindingPower: number): Node {
    return this.frame(() => {
      const lookahead = this.current();
      if (lookahead === 'quoted_identifier' || lookahead === 'unquoted_identifier' || lookahead === 'star') {
        return this.expr(bindingPower);
      }
      if (lookahead === 'lbracket') {
        this.match('lbracket');
        return this.multiSelectList();
      }
      if (lookahead === 'lbrace') {
        this.match('lbrace');
        return this.multiSelectHash();
      }
      const t = this.peek(0);
      const allowed = "['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace']";
      throw parseError(this.expression, t, `Expecting: ${allowed}, got: ${t.type}`);
    });
  }
}
