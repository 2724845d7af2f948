// A strict JSON reader that keeps number text exact and key order, and fails with Go encoding/json's messages.
import { goQuote } from '../diagnostics/go-quote.js';

export type JsonNode =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'number'; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'array'; elements: JsonNode[] }
  | { kind: 'object'; entries: [string, JsonNode][] };

class JsonError extends Error {}

/**
 * Go's quoteChar: `'x'`, `'\n'`, `'\''`. encoding/json's scanner works on bytes, so a character outside ASCII shows as
 * its first UTF-8 byte read as a Latin-1 rune ('é' → 'Ã'), quoted as strconv.Quote does ('\x01', '\u00a0').
 */
function quoteChar(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  const firstByte = Buffer.from(c, 'utf8')[0]!;
  return `'${goQuote(String.fromCharCode(firstByte)).slice(1, -1)}'`;
}

/** Parses one JSON value; anything but whitespace after it is an error (as cty's ImpliedType + More). */
export function parseJsonTree(text: string): { ok: true; node: JsonNode } | { ok: false; error: string } {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  // Go's Decoder says "EOF" when input ends between tokens and "unexpected EOF" inside one.
  const eof = (): never => {
    throw new JsonError('unexpected EOF');
  };
  const eofBetween = (): never => {
    throw new JsonError('EOF');
  };
  const bad = (context: string): never => {
    throw new JsonError(`invalid character ${quoteChar(String.fromCodePoint(text.codePointAt(i)!))}${context === '' ? '' : ` ${context}`}`);
  };

  const literal = (word: string, node: JsonNode): JsonNode => {
    for (let k = 0; k < word.length; k++) {
      if (i >= text.length) eof();
      if (text[i] !== word[k]) bad(`in literal ${word} (expecting ${quoteChar(word[k]!)})`);
      i++;
    }
    return node;
  };

  const number = (): JsonNode => {
    const start = i;
    const digits = (): number => {
      const s = i;
      while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
      return i - s;
    };
    if (text[i] === '-') {
      i++;
      if (i >= text.length) eof();
      if (!(text[i]! >= '0' && text[i]! <= '9')) bad('in numeric literal');
    }
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      if (i >= text.length) eof();
      if (digits() === 0) bad('after decimal point in numeric literal');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (i >= text.length) eof();
      if (digits() === 0) bad('in exponent of numeric literal');
    }
    return { kind: 'number', text: text.slice(start, i) };
  };

  const string = (): string => {
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length) eof();
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c.charCodeAt(0) < 0x20) bad('in string literal');
      if (c !== '\\') {
        out += c;
        i++;
        continue;
      }
      i++;
      if (i >= text.length) eof();
      const e = text[i]!;
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e in simple) {
        out += simple[e];
        i++;
        continue;
      }
      if (e !== 'u') bad('in string escape code');
      i++;
      const hex = (): number => {
        for (let k = 0; k < 4; k++) {
          if (i + k >= text.length) eof();
          if (!/[0-9a-fA-F]/.test(text[i + k]!)) {
            i += k;
            bad('in \\u hexadecimal character escape');
          }
        }
        const v = parseInt(text.slice(i, i + 4), 16);
        i += 4;
        return v;
      };
      const u = hex();
      if (u >= 0xd800 && u <= 0xdbff && text.startsWith('\\u', i)) {
        const save = i;
        i += 2;
        const lo = hex();
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          out += String.fromCharCode(u, lo);
          continue;
        }
        i = save;
        out += '\ufffd';
        continue;
      }
      out += u >= 0xd800 && u <= 0xdfff ? '\ufffd' : String.fromCharCode(u);
    }
  };

  const value = (): JsonNode => {
    ws();
    if (i >= text.length) eofBetween();
    const c = text[i]!;
    if (c === '{') {
      i++;
      const entries: [string, JsonNode][] = [];
      ws();
      if (i >= text.length) eofBetween();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', entries };
      }
      let first = true;
      for (;;) {
        ws();
        if (i >= text.length) eofBetween();
        if (text[i] !== '"') bad(first ? '' : 'looking for beginning of object key string');
        first = false;
        const key = string();
        ws();
        if (i >= text.length) eofBetween();
        if (text[i] !== ':') bad('after object key');
        i++;
        entries.push([key, value()]);
        ws();
        if (i >= text.length) eofBetween();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { kind: 'object', entries };
        }
        bad('after object key:value pair');
      }
    }
    if (c === '[') {
      i++;
      const elements: JsonNode[] = [];
      ws();
      if (i >= text.length) eofBetween();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', elements };
      }
      for (;;) {
        elements.push(value());
        ws();
        if (i >= text.length) eofBetween();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { kind: 'array', elements };
        }
        bad('after array element');
      }
    }
    if (c === '"') return { kind: 'string', value: string() };
    if (c === 't') return literal('true', { kind: 'bool', value: true });
    if (c === 'f') return literal('false', { kind: 'bool', value: false });
    if (c === 'n') return literal('null', { kind: 'null' });
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    return bad('looking for beginning of value');
  };

  try {
    const node = value();
    ws();
    // Go's Decoder.More treats a closing bracket as the end of input.
    if (i < text.length && text[i] !== ']' && text[i] !== '}') return { ok: false, error: 'extraneous data after JSON object' };
    return { ok: true, node };
  } catch (e) {
    if (e instanceof JsonError) return { ok: false, error: e.message };
    throw e;
  }
}
