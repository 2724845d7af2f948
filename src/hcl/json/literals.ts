// Decodes JSON string and number tokens, reporting failures at the byte offset Go's encoding/json would.
import { utf8Length } from './scanner.js';

const simpleEscapes: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const hex4 = /^[0-9a-fA-F]{4}$/;

export type DecodedString = { ok: true; value: string } | { ok: false; errorOffset: number };

/**
 * Decodes a string token (quotes included). On failure, `errorOffset` is the UTF-8 byte count encoding/json
 * had read when it gave up: one past the offending byte, or the token length if the string is unterminated.
 */
export function decodeJsonString(text: string): DecodedString {
  const fail = (index: number): DecodedString => ({ ok: false, errorOffset: utf8Length(text, 0, index) + 1 });
  let out = '';
  let i = 1;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') {
      // the scanner ends a string token at its closing quote, so nothing can follow
      return { ok: true, value: out };
    }
    if (c.charCodeAt(0) < 0x20) return fail(i);
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e === undefined) break;
    const simple = simpleEscapes[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (e !== 'u') return fail(i + 1);
    for (let k = 0; k < 4; k++) {
      const h = text[i + 2 + k];
      if (h === undefined) return { ok: false, errorOffset: utf8Length(text, 0, text.length) };
      if (!/[0-9a-fA-F]/.test(h)) return fail(i + 2 + k);
    }
    const code = parseInt(text.slice(i + 2, i + 6), 16);
    i += 6;
    if (code >= 0xd800 && code <= 0xdbff) {
      // a high surrogate combines with an immediately following low-surrogate escape; otherwise U+FFFD
      const lowText = text.slice(i + 2, i + 6);
      if (text[i] === '\\' && text[i + 1] === 'u' && hex4.test(lowText)) {
        const low = parseInt(lowText, 16);
        if (low >= 0xdc00 && low <= 0xdfff) {
          out += String.fromCharCode(code, low);
          i += 6;
          continue;
        }
      }
      out += '\ufffd';
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += String.fromCharCode(code);
    }
  }
  // unterminated: encoding/json reports the end of input
  return { ok: false, errorOffset: utf8Length(text, 0, text.length) };
}

const jsonNumber = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;

/** True if a number token is valid JSON number syntax (the scanner is laxer, to give a better message). */
export function isJsonNumber(text: string): boolean {
  return jsonNumber.test(text);
}
