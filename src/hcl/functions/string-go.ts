// Go's strings/unicode text rules that Packer's string functions inherit (ToUpper per rune, Title, TrimSpace, Split).

/** Go's unicode.IsSpace: the Unicode White_Space property (which matches Go's Latin-1 list too). */
export function isGoSpace(ch: string): boolean {
  return /^\p{White_Space}$/u.test(ch);
}

/** unicode.ToUpper for one code point: simple (single-rune) mapping only, unlike JS's full mapping. */
function toUpperRune(ch: string): string {
  const cp = ch.codePointAt(0)!;
  // Greek letters with ypogegrammeni: a single-rune simple mapping, where JS's full mapping gives two letters.
  if ((cp >= 0x1f80 && cp <= 0x1faf && (cp & 0xf) < 8) || cp === 0x1fb3 || cp === 0x1fc3 || cp === 0x1ff3) {
    return String.fromCodePoint(cp >= 0x1fb0 ? cp + 9 : cp + 8);
  }
  const up = ch.toUpperCase();
  return [...up].length === 1 ? up : ch;
}

/** unicode.ToLower for one code point. */
function toLowerRune(ch: string): string {
  if (ch === '\u0130') return 'i'; // İ: Go's simple mapping, not JS's "i̇"
  const low = ch.toLowerCase();
  return [...low].length === 1 ? low : ch;
}

/** unicode.ToTitle: like ToUpper, except for the Latin digraphs that have a distinct title case. */
function toTitleRune(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x1c4 && cp <= 0x1c6) return '\u01c5';
  if (cp >= 0x1c7 && cp <= 0x1c9) return '\u01c8';
  if (cp >= 0x1ca && cp <= 0x1cc) return '\u01cb';
  if (cp >= 0x1f1 && cp <= 0x1f3) return '\u01f2';
  return toUpperRune(ch);
}

/** strings.ToUpper */
export function goToUpper(s: string): string {
  let out = '';
  for (const ch of s) out += toUpperRune(ch);
  return out;
}

/** strings.ToLower */
export function goToLower(s: string): string {
  let out = '';
  for (const ch of s) out += toLowerRune(ch);
  return out;
}

function isTitleSeparator(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp <= 0x7f) return !/[0-9A-Za-z_]/.test(ch);
  if (/^[\p{L}\p{Nd}]$/u.test(ch)) return false;
  return isGoSpace(ch);
}

/** strings.Title: upper-cases the first letter of each word, words being separated as Go decides. */
export function goTitle(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += isTitleSeparator(prev) ? toTitleRune(ch) : ch;
    prev = ch;
  }
  return out;
}

/** strings.TrimSpace */
export function goTrimSpace(s: string): string {
  const cps = [...s];
  let start = 0;
  let end = cps.length;
  while (start < end && isGoSpace(cps[start]!)) start++;
  while (end > start && isGoSpace(cps[end - 1]!)) end--;
  return cps.slice(start, end).join('');
}

/** strings.Trim: removes leading and trailing code points contained in cutset. */
export function goTrim(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  const cut = new Set(cutset);
  const cps = [...s];
  let start = 0;
  let end = cps.length;
  while (start < end && cut.has(cps[start]!)) start++;
  while (end > start && cut.has(cps[end - 1]!)) end--;
  return cps.slice(start, end).join('');
}

/** strings.Split: an empty separator splits into code points; an empty string with an empty separator gives []. */
export function goSplit(s: string, sep: string): string[] {
  if (sep === '') return [...s];
  return s.split(sep);
}

/** strings.Replace(s, old, new, -1): an empty `old` inserts `new` around every code point. */
export function goReplaceAll(s: string, old: string, replacement: string): string {
  if (old === '') {
    const cps = [...s];
    return replacement + cps.map((c) => c + replacement).join('');
  }
  return s.split(old).join(replacement);
}
