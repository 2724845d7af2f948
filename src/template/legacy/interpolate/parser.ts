// A hand-written lexer and parser for Go text/template actions ({{ func "arg" | f2 }}), as Packer uses them.
import type { ParsedTemplate, TemplateArg, TemplateCommand, TemplateError, TemplateNode, TemplatePipeline } from './ast.js';

/** The line of `offset` in `text`, 1-based, as Go reports it ("template: root:3: …"). */
export function templateLine(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function parseError(text: string, offset: number, end: number, msg: string): TemplateError {
  return { message: `template: root:${templateLine(text, offset)}: ${msg}`, offset, end };
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isIdentStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_]/.test(c);
const isIdentChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);

const unsupportedKeywords = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);

/**
 * Parses a template. Functions are checked at parse time as Go does: an unknown name is the error
 * `function "x" not defined`.
 */
export function parseTemplate(text: string, functions: ReadonlySet<string>): { template?: ParsedTemplate; error?: TemplateError } {
  const nodes: TemplateNode[] = [];
  let i = 0;
  let textStart = 0;
  let trimNextText = false;
  const pushText = (from: number, to: number, trimRight: boolean): void => {
    let s = text.slice(from, to);
    if (trimNextText) s = s.replace(/^[ \t\r\n]+/, '');
    if (trimRight) s = s.replace(/[ \t\r\n]+$/, '');
    if (s !== '') nodes.push({ kind: 'text', text: s, pos: from });
  };
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) break;
    const trimLeft = text[open + 2] === '-' && isSpace(text[open + 3]);
    pushText(textStart, open, trimLeft);
    trimNextText = false;
    let p = open + 2 + (trimLeft ? 2 : 0);
    // Comments: {{/* … */}}
    while (isSpace(text[p])) p++;
    if (text.startsWith('/*', p)) {
      const close = text.indexOf('*/', p + 2);
      if (close < 0) return { error: parseError(text, open, text.length, 'unclosed comment') };
      let q = close + 2;
      const trimR = text[q] === ' ' && text[q + 1] === '-' && text.startsWith('}}', q + 2);
      if (trimR) q += 2;
      while (isSpace(text[q]) && !trimR) q++;
      if (!text.startsWith('}}', q)) return { error: parseError(text, open, q, 'comment ends before closing delimiter') };
      i = textStart = q + 2;
      trimNextText = trimR;
      continue;
    }
    const lexer = new ActionParser(text, open + 2 + (trimLeft ? 2 : 0), functions);
    const res = lexer.parseAction();
    if ('error' in res) return { error: res.error };
    nodes.push({ kind: 'action', pipeline: res.pipeline, start: open, end: res.end });
    i = textStart = res.end;
    trimNextText = res.trimRight;
  }
  pushText(textStart, text.length, false);
  return { template: { text, nodes } };
}

type Tok =
  | { t: 'ident' | 'field' | 'string' | 'raw' | 'number' | '|' | '(' | ')' | 'close' | 'var'; v: string; pos: number; end: number; trim?: boolean }
  | { t: 'eof'; v: ''; pos: number; end: number };

/** Lexes and parses the inside of one action, from just after `{{` to just after `}}`. */
class ActionParser {
  private p: number;
  private peeked: Tok | undefined;
  constructor(
    private readonly text: string,
    start: number,
    private readonly functions: ReadonlySet<string>,
  ) {
    this.p = start;
  }

  parseAction(): { pipeline: TemplatePipeline; end: number; trimRight: boolean } | { error: TemplateError } {
    const pipe = this.parsePipeline(false);
    if ('error' in pipe) return pipe;
    const close = this.next();
    if ('error' in close) return close;
    if (close.t === 'eof') return this.fail(close.pos, close.end, 'unclosed action');
    if (close.t !== 'close') return this.fail(close.pos, close.end, `unexpected ${describe(close)} in command`);
    return { pipeline: pipe.pipeline, end: close.end, trimRight: close.trim === true };
  }

  private fail(pos: number, end: number, msg: string): { error: TemplateError } {
    return { error: parseError(this.text, pos, end, msg) };
  }

  private parsePipeline(inParens: boolean): { pipeline: TemplatePipeline } | { error: TemplateError } {
    const cmds: TemplateCommand[] = [];
    const start = this.p;
    for (;;) {
      const cmd = this.parseCommand(inParens);
      if ('error' in cmd) return cmd;
      cmds.push(cmd.command);
      const tok = this.peek();
      if ('error' in tok) return tok;
      if (tok.t !== '|') break;
      this.next();
    }
    return { pipeline: { cmds, pos: start } };
  }

  private parseCommand(inParens: boolean): { command: TemplateCommand } | { error: TemplateError } {
    const args: TemplateArg[] = [];
    let pos = -1;
    for (;;) {
      const tok = this.peek();
      if ('error' in tok) return tok;
      if (tok.t === '|' || tok.t === 'close' || tok.t === 'eof' || (tok.t === ')' && inParens)) break;
      if (pos < 0) pos = tok.pos;
      const arg = this.parseOperand();
      if ('error' in arg) return arg;
      args.push(arg.arg);
    }
    if (args.length === 0) {
      const tok = this.peek();
      if ('error' in tok) return tok;
      if (tok.t === 'eof') return this.fail(tok.pos, tok.end, 'unclosed action');
      return this.fail(tok.pos, tok.end, 'missing value for command');
    }
    return { command: { args, pos } };
  }

  private parseOperand(): { arg: TemplateArg } | { error: TemplateError } {
    const tok = this.next();
    if ('error' in tok) return tok;
    switch (tok.t) {
      case 'ident': {
        if (tok.v === 'true' || tok.v === 'false') return { arg: { kind: 'bool', value: tok.v === 'true', pos: tok.pos } };
        if (tok.v === 'nil') return { arg: { kind: 'nil', pos: tok.pos } };
        if (unsupportedKeywords.has(tok.v)) return this.fail(tok.pos, tok.end, `the "${tok.v}" action is not supported in Packer templates by kiln`);
        if (!this.functions.has(tok.v)) return this.fail(tok.pos, tok.end, `function "${tok.v}" not defined`);
        return { arg: { kind: 'ident', name: tok.v, pos: tok.pos } };
      }
      case 'field':
        return tok.v === '.' ? { arg: { kind: 'dot', pos: tok.pos } } : { arg: { kind: 'field', names: tok.v.slice(1).split('.'), pos: tok.pos } };
      case 'string':
      case 'raw':
        return { arg: { kind: 'string', value: tok.v, raw: tok.t === 'raw', pos: tok.pos } };
      case 'number':
        return { arg: { kind: 'number', text: tok.v, value: Number(tok.v), pos: tok.pos } };
      case 'var':
        return this.fail(tok.pos, tok.end, `undefined variable "${tok.v}"`);
      case '(': {
        const inner = this.parsePipeline(true);
        if ('error' in inner) return inner;
        const close = this.next();
        if ('error' in close) return close;
        if (close.t !== ')') return this.fail(close.pos, close.end, 'unclosed left paren');
        return { arg: { kind: 'pipeline', pipeline: inner.pipeline, pos: tok.pos } };
      }
      default:
        return this.fail(tok.pos, tok.end, `unexpected ${describe(tok)} in operand`);
    }
  }

  private peek(): Tok | { error: TemplateError } {
    if (this.peeked === undefined) {
      const t = this.lex();
      if ('error' in t) return t;
      this.peeked = t;
    }
    return this.peeked;
  }

  private next(): Tok | { error: TemplateError } {
    const t = this.peek();
    this.peeked = undefined;
    return t;
  }

  private lex(): Tok | { error: TemplateError } {
    const s = this.text;
    while (isSpace(s[this.p])) {
      if (s[this.p] === ' ' && s[this.p + 1] === '-' && s.startsWith('}}', this.p + 2)) break;
      this.p++;
    }
    const pos = this.p;
    const c = s[pos];
    if (c === undefined) return { t: 'eof', v: '', pos, end: pos };
    if (c === ' ' && s.startsWith(' -}}', pos)) {
      this.p += 4;
      return { t: 'close', v: '}}', pos, end: this.p, trim: true };
    }
    if (s.startsWith('}}', pos)) {
      this.p += 2;
      return { t: 'close', v: '}}', pos, end: this.p };
    }
    if (c === '|' || c === '(' || c === ')') {
      this.p++;
      return { t: c, v: c, pos, end: this.p };
    }
    if (c === '"') return this.lexQuoted(pos);
    if (c === '`') {
      const close = s.indexOf('`', pos + 1);
      if (close < 0) return { error: parseError(s, pos, s.length, 'unterminated raw quoted string') };
      this.p = close + 1;
      return { t: 'raw', v: s.slice(pos + 1, close), pos, end: this.p };
    }
    if (c === '.' || c === '$') {
      let q = pos + 1;
      while (isIdentChar(s[q]) || (s[q] === '.' && isIdentStart(s[q + 1]))) q++;
      this.p = q;
      return { t: c === '.' ? 'field' : 'var', v: s.slice(pos, q), pos, end: q };
    }
    if (/[0-9+-]/.test(c)) {
      const m = /^[+-]?(0[xX][0-9a-fA-F_]+|[0-9_]*\.?[0-9_]+([eE][+-]?[0-9]+)?)/.exec(s.slice(pos));
      if (m !== null && m[0] !== '' && !/^[+-]$/.test(m[0])) {
        this.p = pos + m[0].length;
        if (isIdentChar(s[this.p])) return { error: parseError(s, pos, this.p + 1, `bad number syntax: "${s.slice(pos, this.p + 1)}"`) };
        return { t: 'number', v: m[0].replace(/_/g, ''), pos, end: this.p };
      }
    }
    if (isIdentStart(c)) {
      let q = pos + 1;
      while (isIdentChar(s[q])) q++;
      this.p = q;
      return { t: 'ident', v: s.slice(pos, q), pos, end: q };
    }
    return { error: parseError(s, pos, pos + 1, `unexpected "${c}" in command`) };
  }

  private lexQuoted(pos: number): Tok | { error: TemplateError } {
    const s = this.text;
    let q = pos + 1;
    let out = '';
    for (;;) {
      const c = s[q];
      if (c === undefined || c === '\n') return { error: parseError(s, pos, q, 'unterminated quoted string') };
      if (c === '"') break;
      if (c === '\\') {
        const e = s[q + 1];
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', "'": "'" };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          q += 2;
          continue;
        }
        const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        const hex = s.slice(q + 2, q + 2 + hexLen);
        if (hexLen > 0 && new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(hex)) {
          out += String.fromCodePoint(parseInt(hex, 16));
          q += 2 + hexLen;
          continue;
        }
        return { error: parseError(s, pos, q + 2, `invalid syntax`) };
      }
      out += c;
      q++;
    }
    this.p = q + 1;
    return { t: 'string', v: out, pos, end: this.p };
  }
}

function describe(tok: Tok): string {
  if (tok.t === 'eof') return 'EOF';
  if (tok.t === 'close') return '"}}"';
  return `<${tok.v}>`;
}
