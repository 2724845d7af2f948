// JSON parser with HCL's diagnostics and recovery, for any nesting depth; never throws on bad input.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { rangeBetween, type Pos, type Range } from '../source/pos.js';
import type { JsonArray, JsonNode, JsonObject, JsonProperty, JsonString } from './ast.js';
import { jsonStartRange } from './ast.js';
import { decodeJsonString, isJsonNumber } from './literals.js';
import { goQuote, suggestionSuffix } from './quote.js';
import { scanJson } from './scanner.js';
import type { JsonToken } from './token.js';

/** Parses one JSON value; reports "Extraneous data after value" if anything but whitespace follows a clean parse. */
export function parseJsonValueSource(src: string, filename: string, start: Pos): { node: JsonNode; diagnostics: Diagnostic[] } {
  const p = new Peeker(scanJson(src, filename, start));
  const { node, diagnostics } = parseValue(p);
  if (diagnostics.length === 0 && p.peek().type !== 'eof') {
    diagnostics.push(errorDiag('Extraneous data after value', 'Extra characters appear after the JSON value.', p.peek().range));
  }
  return { node, diagnostics };
}

class Peeker {
  private i = 0;
  constructor(private readonly tokens: readonly JsonToken[]) {}
  peek(): JsonToken {
    return this.tokens[this.i] as JsonToken;
  }
  /** Returns the next token and advances, except at EOF, which is returned forever. */
  read(): JsonToken {
    const t = this.tokens[this.i] as JsonToken;
    if (t.type !== 'eof') this.i++;
    return t;
  }
}

type Parsed = { node: JsonNode; diagnostics: Diagnostic[] };
/** A sub-parser's result; `node` is undefined when the construct was abandoned. */
type Partial = { node: JsonNode | undefined; diagnostics: Diagnostic[] };

const valueStartDetail = 'A JSON value must start with a brace, a bracket, a number, a string, or a keyword.';

/**
 * An object or array being read. It asks for its values one at a time (`wantValue`) and is told each
 * one through `add`; a container abandoned after an error becomes an invalid node, and the one around it
 * carries on, as in HCL.
 */
interface Container {
  /** The opening token, whose range an abandoned container's invalid node takes. */
  readonly open: JsonToken;
  /** Reads what follows the value just added (or the opening token); done: the container's node, or undefined if abandoned. */
  add(p: Peeker, value: JsonNode | undefined, diags: Diagnostic[]): { done: false } | { done: true; node: JsonNode | undefined };
}

const more = { done: false } as const;

/**
 * Parses one JSON value. Objects and arrays wait on an explicit stack, so nesting depth is bounded by
 * memory, not by the JavaScript call stack (HCL's recursive parser has Go's growable stack).
 */
function parseValue(p: Peeker): Parsed {
  const diagnostics: Diagnostic[] = [];
  const open: Container[] = [];
  for (;;) {
    // Start a value: a scalar is read at once; a container is opened and read by the loop below.
    const tok = p.peek();
    let node: JsonNode | undefined;
    switch (tok.type) {
      case '{':
        open.push(new ObjectReader(p.read()));
        break;
      case '[':
        open.push(new ArrayReader(p.read()));
        break;
      default: {
        const r = parseScalar(p, tok);
        diagnostics.push(...r.diagnostics);
        node = r.node ?? { kind: 'invalid', range: tok.range };
      }
    }
    // Hand finished values to their containers until one wants another value.
    let value: JsonNode | undefined = node;
    let fresh = node === undefined; // a container was just opened: nothing to add yet
    for (;;) {
      const c = open[open.length - 1];
      if (c === undefined) return { node: value!, diagnostics };
      const r = fresh ? c.add(p, undefined, diagnostics) : c.add(p, value, diagnostics);
      fresh = false;
      if (!r.done) break;
      open.pop();
      value = r.node ?? { kind: 'invalid', range: c.open.range };
    }
  }
}

function parseScalar(p: Peeker, tok: JsonToken): Partial {
  const fail = (summary: string, detail: string): Partial => ({ node: undefined, diagnostics: [errorDiag(summary, detail, tok.range)] });
  switch (tok.type) {
    case 'number':
      return parseNumber(p);
    case 'string':
      return parseString(p);
    case 'keyword':
      return parseKeyword(p);
    case '}':
      return fail('Missing JSON value', valueStartDetail);
    case ']':
      return fail('Missing array element value', valueStartDetail);
    case 'eof':
      return fail('Missing value', 'The JSON data ends prematurely.');
    default:
      return fail('Invalid start of value', valueStartDetail);
  }
}

/**
 * Skips ahead to what seems to be the end of the current container after an error, starting with `tok`
 * (already read). Like HCL, it stops at the first closer that brings the depth to one or less.
 */
function recover(p: Peeker, tok: JsonToken, open: '{' | '[', close: '}' | ']'): void {
  let depth = 1;
  for (;;) {
    if (tok.type === open) depth++;
    else if (tok.type === close) {
      depth--;
      if (depth <= 1) return;
    } else if (tok.type === 'eof') return;
    tok = p.read();
  }
}

/** `{ "name": value, ... }`: values alternate between a property name and its value. */
class ObjectReader implements Container {
  private readonly properties: JsonProperty[] = [];
  /** The name just read, while its value is being parsed. */
  private name: JsonString | undefined;

  constructor(readonly open: JsonToken) {}

  add(p: Peeker, value: JsonNode | undefined, diags: Diagnostic[]): { done: false } | { done: true; node: JsonNode | undefined } {
    const abandon = (d: Diagnostic): { done: true; node: undefined } => {
      diags.push(d);
      return { done: true, node: undefined };
    };
    if (value !== undefined && this.name === undefined) {
      // A property name.
      if (value.kind !== 'string') {
        return abandon(errorDiag('Invalid object property name', 'A JSON object property name must be a string', jsonStartRange(value)));
      }
      const colon = p.read();
      if (colon.type !== ':') {
        recover(p, colon, '{', '}');
        if (colon.type === '}' || colon.type === ',') {
          return abandon(errorDiag('Missing object value', 'A JSON object attribute must have a value, introduced by a colon.', colon.range));
        }
        if (colon.type === '=') {
          return abandon(errorDiag('Missing property value colon', 'JSON uses a colon as its name/value delimiter, not an equals sign.', colon.range));
        }
        return abandon(errorDiag('Missing property value colon', "A colon must appear between an object property's name and its value.", colon.range));
      }
      this.name = value;
      return more;
    }
    if (value !== undefined && this.name !== undefined) {
      // A property value.
      this.properties.push({ name: this.name.value, value, nameRange: this.name.range });
      this.name = undefined;
      const next = p.peek();
      if (next.type === ',') {
        const comma = p.read();
        if (p.peek().type === '}') {
          return abandon(errorDiag('Trailing comma in object', 'JSON does not permit a trailing comma after the final property in an object.', comma.range));
        }
        return more;
      }
      if (next.type === '}') return this.close(p);
      if (next.type === 'eof') {
        return abandon(errorDiag('Unclosed object', 'No closing brace was found for this JSON object.', this.open.range));
      }
      if (next.type === ']') {
        p.read();
        return abandon(errorDiag('Mismatched braces', 'A JSON object must be closed with a brace, not a bracket.', p.peek().range));
      }
      recover(p, p.read(), '{', '}');
      return abandon(errorDiag('Missing attribute seperator comma', 'A comma must appear between each property definition in an object.', p.peek().range));
    }
    // Just opened: empty, or the first name follows.
    return p.peek().type === '}' ? this.close(p) : more;
  }

  private close(p: Peeker): { done: true; node: JsonObject } {
    const close = p.read();
    return {
      done: true,
      node: { kind: 'object', properties: this.properties, range: rangeBetween(this.open.range, close.range), openRange: this.open.range, closeRange: close.range },
    };
  }
}

/** `[ value, ... ]`. */
class ArrayReader implements Container {
  private readonly values: JsonNode[] = [];

  constructor(readonly open: JsonToken) {}

  add(p: Peeker, value: JsonNode | undefined, diags: Diagnostic[]): { done: false } | { done: true; node: JsonNode | undefined } {
    const abandon = (d: Diagnostic): { done: true; node: undefined } => {
      diags.push(d);
      return { done: true, node: undefined };
    };
    if (value === undefined) return p.peek().type === ']' ? this.close(p) : more; // just opened
    this.values.push(value);
    const next = p.peek();
    if (next.type === ',') {
      const comma = p.read();
      if (p.peek().type === ']') {
        return abandon(errorDiag('Trailing comma in array', 'JSON does not permit a trailing comma after the final value in an array.', comma.range));
      }
      return more;
    }
    if (next.type === ']') return this.close(p);
    recover(p, p.read(), '[', ']');
    if (next.type === ':') {
      return abandon(errorDiag('Invalid array value', 'A colon is not used to introduce values in a JSON array.', p.peek().range));
    }
    if (next.type === 'eof') {
      // HCL's summary says "object" here too.
      return abandon(errorDiag('Unclosed object', 'No closing bracket was found for this JSON array.', this.open.range));
    }
    if (next.type === '}') {
      return abandon(errorDiag('Mismatched brackets', 'A JSON array must be closed with a bracket, not a brace.', p.peek().range));
    }
    return abandon(errorDiag('Missing attribute seperator comma', 'A comma must appear between each value in an array.', p.peek().range));
  }

  private close(p: Peeker): { done: true; node: JsonArray } {
    const close = p.read();
    return { done: true, node: { kind: 'array', values: this.values, range: rangeBetween(this.open.range, close.range), openRange: this.open.range } };
  }
}

function parseNumber(p: Peeker): Partial {
  const tok = p.read();
  if (!isJsonNumber(tok.text)) {
    return { node: undefined, diagnostics: [errorDiag('Invalid JSON number', 'There is a syntax error in the given JSON number.', tok.range)] };
  }
  return { node: { kind: 'number', text: tok.text, range: tok.range }, diagnostics: [] };
}

function parseString(p: Peeker): Partial {
  const tok = p.read();
  const decoded = decodeJsonString(tok.text);
  if (decoded.ok) return { node: { kind: 'string', value: decoded.value, range: tok.range }, diagnostics: [] };

  // Like HCL, the offset is added to both the byte and the column.
  const s = tok.range.start;
  const errStart: Pos = { line: s.line, column: s.column + decoded.errorOffset, byte: s.byte + decoded.errorOffset };
  const errEnd: Pos = { line: errStart.line, column: errStart.column + 1, byte: errStart.byte + 1 };
  const subject: Range = { filename: tok.range.filename, start: errStart, end: errEnd };
  const same = errStart.byte === s.byte && errEnd.byte === tok.range.end.byte;
  return {
    node: undefined,
    diagnostics: [errorDiag('Invalid JSON string', 'There is a syntax error in the given JSON string.', subject, same ? undefined : tok.range)],
  };
}

const jsonKeywords = ['false', 'true', 'null'];

function parseKeyword(p: Peeker): Partial {
  const tok = p.read();
  const s = tok.text;
  if (s === 'true' || s === 'false') return { node: { kind: 'bool', value: s === 'true', range: tok.range }, diagnostics: [] };
  if (s === 'null') return { node: { kind: 'null', range: tok.range }, diagnostics: [] };
  const detail =
    s === 'undefined' || s === 'NaN' || s === 'Infinity'
      ? `The JavaScript identifier ${goQuote(s)} cannot be used in JSON.`
      : `${goQuote(s)} is not a valid JSON keyword.${suggestionSuffix(s, jsonKeywords)}`;
  return { node: undefined, diagnostics: [errorDiag('Invalid JSON keyword', detail, tok.range)] };
}

