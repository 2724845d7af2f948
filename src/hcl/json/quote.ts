// Message helpers that match Go's formatting in HCL's json package: %q quoting and ordered "Did you mean".
import { distance } from 'fastest-levenshtein';

/** Go's %q (strconv.Quote): printable characters kept, others escaped. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (cp === 0x07) out += '\\a';
    else if (cp === 0x08) out += '\\b';
    else if (cp === 0x0c) out += '\\f';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0b) out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (/\p{C}|\p{Z}/u.test(ch) && ch !== ' ') {
      out += cp > 0xffff ? '\\U' + cp.toString(16).padStart(8, '0') : '\\u' + cp.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

/** The first candidate, in order, within an edit distance of 2 (HCL's json package does not look for the best). */
export function firstSuggestion(given: string, candidates: readonly string[]): string | undefined {
  return candidates.find((c) => distance(given, c) < 3);
}

/** " Did you mean "x"?" or the empty string. */
export function suggestionSuffix(given: string, candidates: readonly string[]): string {
  const s = firstSuggestion(given, candidates);
  return s === undefined ? '' : ` Did you mean ${goQuote(s)}?`;
}
