// Character classes of HCL native syntax (identifiers, digits, Go's notion of white space), shared by lexer and parser.

const idStartRe = /^\p{ID_Start}$/u;
const idContinueRe = /^\p{ID_Continue}$/u;

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** May this code point begin an identifier? (Unicode ID_Start or "_") */
export function isIdentStart(cp: number): boolean {
  if (cp < 0x80) return isAsciiLetter(cp) || cp === 0x5f;
  return idStartRe.test(String.fromCodePoint(cp));
}

/** isIdentContinue for a code unit below 0x80. */
export function isAsciiIdentContinue(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x5f || c === 0x2d;
}

/** May this code point continue an identifier? (Unicode ID_Continue or "-") */
export function isIdentContinue(cp: number): boolean {
  if (cp < 0x80) return isAsciiLetter(cp) || isDigit(cp) || cp === 0x5f || cp === 0x2d;
  return idContinueRe.test(String.fromCodePoint(cp));
}

/** True for a UTF-16 surrogate that is not part of a valid pair at index i (the JS analogue of invalid UTF-8). */
export function isLoneSurrogateAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return !(d >= 0xdc00 && d <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const b = s.charCodeAt(i - 1);
    return !(i > 0 && b >= 0xd800 && b <= 0xdbff);
  }
  return false;
}

/** Number of UTF-8 bytes of the code point (lone surrogates count 3, as their replacement character does). */
export function utf8Length(cp: number): number {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

/** UTF-8 byte length of a JS string. */
export function utf8ByteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Go's unicode.IsSpace: the white space HCL trims for strip markers, flush heredocs and heredoc markers. */
export function isGoSpace(cp: number): boolean {
  switch (cp) {
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x20:
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200a;
  }
}

/** strings.TrimLeftFunc(s, unicode.IsSpace) */
export function trimLeftGoSpace(s: string): string {
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (!isGoSpace(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return s.slice(i);
}

/** strings.TrimRightFunc(s, unicode.IsSpace) (all Go spaces are in the BMP) */
export function trimRightGoSpace(s: string): string {
  let j = s.length;
  while (j > 0 && isGoSpace(s.charCodeAt(j - 1))) j--;
  return s.slice(0, j);
}

/** bytes.TrimSpace */
export function trimGoSpace(s: string): string {
  return trimRightGoSpace(trimLeftGoSpace(s));
}

/** Is s a valid identifier, usable as a variable or attribute name in a traversal? (HCL's ValidIdentifier) */
export function isValidIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  const first = s.codePointAt(0)!;
  if (!isIdentStart(first)) return false;
  for (let i = first > 0xffff ? 2 : 1; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if (isLoneSurrogateAt(s, i) || !isIdentContinue(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}
