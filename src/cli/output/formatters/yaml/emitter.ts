/**
 * A port of libyaml 0.2.5's emitter (emitter.c, MIT) as ruamel.yaml's C extension drives it for
 * the AWS CLI: block style, indent 2 (sequences inside mappings not indented), width 80, Unicode
 * written as is, implicit document markers. Scalars are plain when allowed, else single-quoted
 * (a line break is written as an empty line), else double-quoted with escapes (`\t`, `\x7F`,
 * `\N`, `\uFEFF`, `\U0001F600`). Lines fold only at a single space once the column is already past
 * 80 (folded double-quoted text continues after `\`). Keys longer than 128 bytes or with a line
 * break are written as `? key` / `: value`. States keep libyaml's names; the scalar writers are in
 * writer.ts.
 */
import { analyzeScalar, type ScalarAnalysis } from './analyze.js';
import type { YamlEvent } from './represent.js';
import { BEST_WIDTH, ScalarWriter } from './writer.js';

type State =
  | 'STREAM_START' | 'FIRST_DOCUMENT_START' | 'DOCUMENT_START' | 'DOCUMENT_CONTENT' | 'DOCUMENT_END'
  | 'FLOW_SEQUENCE_FIRST_ITEM' | 'FLOW_SEQUENCE_ITEM' | 'FLOW_MAPPING_FIRST_KEY' | 'FLOW_MAPPING_KEY'
  | 'FLOW_MAPPING_SIMPLE_VALUE' | 'FLOW_MAPPING_VALUE' | 'BLOCK_SEQUENCE_FIRST_ITEM' | 'BLOCK_SEQUENCE_ITEM'
  | 'BLOCK_MAPPING_FIRST_KEY' | 'BLOCK_MAPPING_KEY' | 'BLOCK_MAPPING_SIMPLE_VALUE' | 'BLOCK_MAPPING_VALUE' | 'END';
type Style = 'plain' | 'single' | 'double';

const BEST_INDENT = 2;

export class Emitter extends ScalarWriter {
  private state: State = 'STREAM_START';
  private readonly states: State[] = [];
  private readonly indents: number[] = [];
  private mappingContext = false;
  private simpleKeyContext = false;
  private events: readonly YamlEvent[] = [];
  private head = 0;
  private anchor: { name: string; alias: boolean } | null = null;
  private tagHandle: string | null = null;
  private scalar: ScalarAnalysis | null = null;
  private style: Style = 'plain';

  emit(events: readonly YamlEvent[]): string {
    this.events = events;
    for (this.head = 0; this.head < events.length; this.head++) {
      const event = events[this.head]!;
      this.analyzeEvent(event);
      this.stateMachine(event);
    }
    return this.out.join('');
  }

  private analyzeEvent(event: YamlEvent): void {
    this.anchor = null;
    this.tagHandle = null;
    this.scalar = null;
    if (event.type === 'alias') this.anchor = { name: event.anchor, alias: true };
    else if (event.type === 'scalar' || event.type === 'sequence_start' || event.type === 'mapping_start') {
      if (event.anchor !== null) this.anchor = { name: event.anchor, alias: false };
      if (event.type === 'scalar') {
        if (!event.plainImplicit && !event.quotedImplicit) throw new Error('YAML scalar without implicit tag');
        this.scalar = analyzeScalar(event.value);
      }
    }
  }

  private stateMachine(event: YamlEvent): void {
    switch (this.state) {
      case 'STREAM_START':
        this.state = 'FIRST_DOCUMENT_START';
        return;
      case 'FIRST_DOCUMENT_START':
      case 'DOCUMENT_START':
        if (event.type === 'stream_end') {
          this.state = 'END';
          return;
        }
        if (event.type === 'document_start' && (!event.implicit || this.state === 'DOCUMENT_START')) {
          this.writeIndent();
          this.writeIndicator('---', true, false, false);
        }
        this.state = 'DOCUMENT_CONTENT';
        return;
      case 'DOCUMENT_CONTENT':
        this.states.push('DOCUMENT_END');
        return this.emitNode(event, false, false);
      case 'DOCUMENT_END':
        this.writeIndent();
        if (event.type === 'document_end' && !event.implicit) {
          this.writeIndicator('...', true, false, false);
          this.writeIndent();
        }
        this.state = 'DOCUMENT_START';
        return;
      case 'FLOW_SEQUENCE_FIRST_ITEM':
      case 'FLOW_SEQUENCE_ITEM':
        return this.emitFlowSequenceItem(event, this.state === 'FLOW_SEQUENCE_FIRST_ITEM');
      case 'FLOW_MAPPING_FIRST_KEY':
      case 'FLOW_MAPPING_KEY':
        return this.emitFlowMappingKey(event, this.state === 'FLOW_MAPPING_FIRST_KEY');
      case 'FLOW_MAPPING_SIMPLE_VALUE':
      case 'FLOW_MAPPING_VALUE':
        if (this.state === 'FLOW_MAPPING_SIMPLE_VALUE') this.writeIndicator(':', false, false, false);
        else {
          if (this.column > BEST_WIDTH) this.writeIndent();
          this.writeIndicator(':', true, false, false);
        }
        this.states.push('FLOW_MAPPING_KEY');
        return this.emitNode(event, true, false);
      case 'BLOCK_SEQUENCE_FIRST_ITEM':
      case 'BLOCK_SEQUENCE_ITEM':
        if (this.state === 'BLOCK_SEQUENCE_FIRST_ITEM') this.increaseIndent(false, this.mappingContext && !this.indention);
        if (event.type === 'sequence_end') return this.popLevel();
        this.writeIndent();
        this.writeIndicator('-', true, false, true);
        this.states.push('BLOCK_SEQUENCE_ITEM');
        return this.emitNode(event, false, false);
      case 'BLOCK_MAPPING_FIRST_KEY':
      case 'BLOCK_MAPPING_KEY':
        if (this.state === 'BLOCK_MAPPING_FIRST_KEY') this.increaseIndent(false, false);
        if (event.type === 'mapping_end') return this.popLevel();
        this.writeIndent();
        if (this.checkSimpleKey()) {
          this.states.push('BLOCK_MAPPING_SIMPLE_VALUE');
          return this.emitNode(event, true, true);
        }
        this.writeIndicator('?', true, false, true);
        this.states.push('BLOCK_MAPPING_VALUE');
        return this.emitNode(event, true, false);
      case 'BLOCK_MAPPING_SIMPLE_VALUE':
      case 'BLOCK_MAPPING_VALUE':
        if (this.state === 'BLOCK_MAPPING_SIMPLE_VALUE') this.writeIndicator(':', false, false, false);
        else {
          this.writeIndent();
          this.writeIndicator(':', true, false, true);
        }
        this.states.push('BLOCK_MAPPING_KEY');
        return this.emitNode(event, true, false);
      case 'END':
        throw new Error('expected nothing after STREAM-END');
    }
  }

  private popLevel(): void {
    this.indent = this.indents.pop()!;
    this.state = this.states.pop()!;
  }

  private emitFlowSequenceItem(event: YamlEvent, first: boolean): void {
    if (first) {
      this.writeIndicator('[', true, true, false);
      this.increaseIndent(true, false);
      this.flowLevel++;
    }
    if (event.type === 'sequence_end') {
      this.flowLevel--;
      this.indent = this.indents.pop()!;
      this.writeIndicator(']', false, false, false);
      this.state = this.states.pop()!;
      return;
    }
    if (!first) this.writeIndicator(',', false, false, false);
    if (this.column > BEST_WIDTH) this.writeIndent();
    this.states.push('FLOW_SEQUENCE_ITEM');
    this.emitNode(event, false, false);
  }

  private emitFlowMappingKey(event: YamlEvent, first: boolean): void {
    if (first) {
      this.writeIndicator('{', true, true, false);
      this.increaseIndent(true, false);
      this.flowLevel++;
    }
    if (event.type === 'mapping_end') {
      this.flowLevel--;
      this.indent = this.indents.pop()!;
      this.writeIndicator('}', false, false, false);
      this.state = this.states.pop()!;
      return;
    }
    if (!first) this.writeIndicator(',', false, false, false);
    if (this.column > BEST_WIDTH) this.writeIndent();
    if (this.checkSimpleKey()) {
      this.states.push('FLOW_MAPPING_SIMPLE_VALUE');
      return this.emitNode(event, true, true);
    }
    this.writeIndicator('?', true, false, false);
    this.states.push('FLOW_MAPPING_VALUE');
    this.emitNode(event, true, false);
  }

  private emitNode(event: YamlEvent, mapping: boolean, simpleKey: boolean): void {
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    switch (event.type) {
      case 'alias':
        this.processAnchor();
        if (this.simpleKeyContext) this.put(' ');
        this.state = this.states.pop()!;
        return;
      case 'scalar':
        this.selectScalarStyle(event.plainImplicit, event.quotedImplicit);
        this.processAnchor();
        this.processTag();
        this.increaseIndent(true, false);
        this.processScalar();
        this.indent = this.indents.pop()!;
        this.state = this.states.pop()!;
        return;
      case 'sequence_start':
        this.processAnchor();
        this.state = this.flowLevel || this.checkEmpty('sequence_end') ? 'FLOW_SEQUENCE_FIRST_ITEM' : 'BLOCK_SEQUENCE_FIRST_ITEM';
        return;
      case 'mapping_start':
        this.processAnchor();
        this.state = this.flowLevel || this.checkEmpty('mapping_end') ? 'FLOW_MAPPING_FIRST_KEY' : 'BLOCK_MAPPING_FIRST_KEY';
        return;
      default:
        throw new Error('expected SCALAR, SEQUENCE-START, MAPPING-START, or ALIAS');
    }
  }

  private checkEmpty(end: 'sequence_end' | 'mapping_end'): boolean {
    return this.events[this.head + 1]?.type === end;
  }

  private checkSimpleKey(): boolean {
    const event = this.events[this.head]!;
    let length = this.anchor ? this.anchor.name.length : 0;
    switch (event.type) {
      case 'alias':
        break;
      case 'scalar':
        if (this.scalar!.multiline) return false;
        length += this.scalar!.length;
        break;
      case 'sequence_start':
        if (!this.checkEmpty('sequence_end')) return false;
        break;
      case 'mapping_start':
        if (!this.checkEmpty('mapping_end')) return false;
        break;
      default:
        return false;
    }
    return length <= 128;
  }

  private selectScalarStyle(plainImplicit: boolean, quotedImplicit: boolean): void {
    const s = this.scalar!;
    let style: Style = 'plain';
    if (this.simpleKeyContext && s.multiline) style = 'double';
    if (style === 'plain') {
      if ((this.flowLevel && !s.flowPlainAllowed) || (!this.flowLevel && !s.blockPlainAllowed)) style = 'single';
      if (!s.length && (this.flowLevel || this.simpleKeyContext)) style = 'single';
      if (!plainImplicit) style = 'single';
    }
    if (style === 'single' && !s.singleQuotedAllowed) style = 'double';
    if (!quotedImplicit && style !== 'plain') this.tagHandle = '!';
    this.style = style;
  }

  private processAnchor(): void {
    if (!this.anchor) return;
    this.writeIndicator(this.anchor.alias ? '*' : '&', true, false, false);
    this.out.push(this.anchor.name);
    this.column += this.anchor.name.length;
    this.whitespace = false;
    this.indention = false;
  }

  private processTag(): void {
    if (this.tagHandle === null) return;
    if (!this.whitespace) this.put(' ');
    this.out.push(this.tagHandle);
    this.column += this.tagHandle.length;
    this.whitespace = false;
    this.indention = false;
  }

  private processScalar(): void {
    const { chars } = this.scalar!;
    const allowBreaks = !this.simpleKeyContext;
    if (this.style === 'plain') this.writePlain(chars, allowBreaks);
    else if (this.style === 'single') this.writeSingleQuoted(chars, allowBreaks);
    else this.writeDoubleQuoted(chars, allowBreaks);
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }
}
