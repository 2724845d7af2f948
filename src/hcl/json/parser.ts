// Recursive-descent JSON parser with HCL's diagnostics and recovery; never throws on bad input.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { rangeBetween, type Pos, type Range } from '../source/pos.js';
import type { JsonArray, JsonNode, JsonObject, JsonProperty } from './ast.js';
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

/** Deeper nesting is refused rather than risking the JavaScript stack (Go's stack grows; ours does not). */
export const maxJsonDepth = 1000;

class Peeker {
  private i = 0;
  depth = 0;
  /** Set once nesting exceeded maxJsonDepth: every enclosing container gives up without further messages. */
  tooDeep = false;
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

function parseValue(p: Peeker): Parsed {
  const tok = p.peek();
  const wrap = (r: Partial): Parsed => ({ node: r.node ?? { kind: 'invalid', range: tok.range }, diagnostics: r.diagnostics });
  const fail = (summary: string, detail: string): Parsed => wrap({ node: undefined, diagnostics: [errorDiag(summary, detail, tok.range)] });
  if ((tok.type === '{' || tok.type === '[') && p.depth >= maxJsonDepth) {
    p.tooDeep = true;
    return fail('Nesting too deep', `JSON objects and arrays may be nested at most ${maxJsonDepth} levels deep.`);
  }
  switch (tok.type) {
    case '{':
      return wrap(nested(p, parseObject));
    case '[':
      return wrap(nested(p, parseArray));
    case 'number':
      return wrap(parseNumber(p));
    case 'string':
      return wrap(parseString(p));
    case 'keyword':
      return wrap(parseKeyword(p));
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

function nested(p: Peeker, parse: (p: Peeker) => Partial): Partial {
  p.depth++;
  const r = parse(p);
  p.depth--;
  return r;
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

function parseObject(p: Peeker): Partial {
  const diagnostics: Diagnostic[] = [];
  const abandon = (d: Diagnostic): Partial => ({ node: undefined, diagnostics: [...diagnostics, d] });
  const open = p.read();
  const properties: JsonProperty[] = [];

  while (p.peek().type !== '}') {
    const key = parseValue(p);
    diagnostics.push(...key.diagnostics);
    if (p.tooDeep) return { node: undefined, diagnostics };
    if (key.node.kind !== 'string') {
      return abandon(errorDiag('Invalid object property name', 'A JSON object property name must be a string', jsonStartRange(key.node)));
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

    const value = parseValue(p);
    diagnostics.push(...value.diagnostics);
    if (p.tooDeep) return { node: undefined, diagnostics };
    properties.push({ name: key.node.value, value: value.node, nameRange: key.node.range });

    const next = p.peek();
    if (next.type === ',') {
      const comma = p.read();
      if (p.peek().type === '}') {
        return abandon(errorDiag('Trailing comma in object', 'JSON does not permit a trailing comma after the final property in an object.', comma.range));
      }
      continue;
    }
    if (next.type === '}') break;
    if (next.type === 'eof') {
      return abandon(errorDiag('Unclosed object', 'No closing brace was found for this JSON object.', open.range));
    }
    if (next.type === ']') {
      p.read();
      return abandon(errorDiag('Mismatched braces', 'A JSON object must be closed with a brace, not a bracket.', p.peek().range));
    }
    recover(p, p.read(), '{', '}');
    return abandon(errorDiag('Missing attribute seperator comma', 'A comma must appear between each property definition in an object.', p.peek().range));
  }

  const close = p.read();
  const node: JsonObject = { kind: 'object', properties, range: rangeBetween(open.range, close.range), openRange: open.range, closeRange: close.range };
  return { node, diagnostics };
}

function parseArray(p: Peeker): Partial {
  const diagnostics: Diagnostic[] = [];
  const abandon = (d: Diagnostic): Partial => ({ node: undefined, diagnostics: [...diagnostics, d] });
  const open = p.read();
  const values: JsonNode[] = [];

  while (p.peek().type !== ']') {
    const value = parseValue(p);
    diagnostics.push(...value.diagnostics);
    if (p.tooDeep) return { node: undefined, diagnostics };
    values.push(value.node);

    const next = p.peek();
    if (next.type === ',') {
      const comma = p.read();
      if (p.peek().type === ']') {
        return abandon(errorDiag('Trailing comma in array', 'JSON does not permit a trailing comma after the final value in an array.', comma.range));
      }
      continue;
    }
    if (next.type === ']') break;
    recover(p, p.read(), '[', ']');
    if (next.type === ':') {
      return abandon(errorDiag('Invalid array value', 'A colon is not used to introduce values in a JSON array.', p.peek().range));
    }
    if (next.type === 'eof') {
      // HCL's summary says "object" here too.
      return abandon(errorDiag('Unclosed object', 'No closing bracket was found for this JSON array.', open.range));
    }
    if (next.type === '}') {
      return abandon(errorDiag('Mismatched brackets', 'A JSON array must be closed with a bracket, not a brace.', p.peek().range));
    }
    return abandon(errorDiag('Missing attribute seperator comma', 'A comma must appear between each value in an array.', p.peek().range));
  }

  const close = p.read();
  const node: JsonArray = { kind: 'array', values, range: rangeBetween(open.range, close.range), openRange: open.range };
  return { node, diagnostics };
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

