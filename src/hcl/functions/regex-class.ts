// Character-class building blocks for the RE2 translator: code-point ranges, Perl/POSIX classes, case folding, JS emission.

/** Inclusive code-point ranges. */
export type Ranges = [number, number][];

export const MAX_RUNE = 0x10ffff;

export const perlClasses: Record<string, Ranges> = {
  d: [[0x30, 0x39]],
  s: [[0x09, 0x0a], [0x0c, 0x0d], [0x20, 0x20]],
  w: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]],
};

export const posixClasses: Record<string, Ranges> = {
  alnum: [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]],
  alpha: [[0x41, 0x5a], [0x61, 0x7a]],
  ascii: [[0x00, 0x7f]],
  blank: [[0x09, 0x09], [0x20, 0x20]],
  cntrl: [[0x00, 0x1f], [0x7f, 0x7f]],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
  space: [[0x09, 0x0d], [0x20, 0x20]],
  upper: [[0x41, 0x5a]],
  word: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]],
  xdigit: [[0x30, 0x39], [0x41, 0x46], [0x61, 0x66]],
};

/** Sorted, merged copy of the ranges. */
export function normalizeRanges(r: Ranges): Ranges {
  const sorted = [...r].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** The complement of the ranges within 0..MAX_RUNE. */
export function negateRanges(r: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (const [lo, hi] of normalizeRanges(r)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_RUNE) out.push([next, MAX_RUNE]);
  return out;
}

/** Extra members of simple case-folding orbits that toUpperCase/toLowerCase do not reveal. */
const foldExtras: number[][] = [
  [0x4b, 0x6b, 0x212a],
  [0x53, 0x73, 0x17f],
  [0xc5, 0xe5, 0x212b],
  [0xb5, 0x39c, 0x3bc],
  [0xdf, 0x1e9e],
  [0x3a3, 0x3c2, 0x3c3],
  [0x392, 0x3b2, 0x3d0],
  [0x395, 0x3b5, 0x3f5],
  [0x398, 0x3b8, 0x3d1, 0x3f4],
  [0x399, 0x3b9, 0x345, 0x1fbe],
  [0x39a, 0x3ba, 0x3f0],
  [0x3a0, 0x3c0, 0x3d6],
  [0x3a1, 0x3c1, 0x3f1],
  [0x3a6, 0x3c6, 0x3d5],
  [0x3a9, 0x3c9, 0x2126],
];
const foldExtraMap = new Map<number, number[]>();
for (const orbit of foldExtras) for (const cp of orbit) foldExtraMap.set(cp, orbit);

function singleCodePoint(s: string): number | undefined {
  const cps = [...s];
  return cps.length === 1 ? cps[0]!.codePointAt(0)! : undefined;
}

/** Code points equal to cp under simple case folding (including cp itself). */
export function caseVariants(cp: number): number[] {
  const extra = foldExtraMap.get(cp);
  if (extra) return extra;
  const ch = String.fromCodePoint(cp);
  const out = new Set<number>([cp]);
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
    const c = singleCodePoint(v);
    if (c === undefined) continue;
    out.add(c);
    for (const w of [String.fromCodePoint(c).toLowerCase(), String.fromCodePoint(c).toUpperCase()]) {
      const d = singleCodePoint(w);
      if (d !== undefined) out.add(d);
    }
  }
  return [...out];
}

export function hasCaseVariants(cp: number): boolean {
  return caseVariants(cp).length > 1;
}

/** Adds every case variant of the ranges' members (ranges too large to enumerate are kept as they are). */
export function foldRanges(r: Ranges): Ranges {
  const out: Ranges = [...r];
  for (const [lo, hi] of r) {
    if (hi - lo > 20000) continue;
    for (let cp = lo; cp <= hi; cp++) for (const v of caseVariants(cp)) if (v < lo || v > hi) out.push([v, v]);
  }
  return normalizeRanges(out);
}

export function rangesHaveCase(r: Ranges): boolean {
  for (const [lo, hi] of r) {
    if (hi - lo > 20000) return true;
    for (let cp = lo; cp <= hi; cp++) if (hasCaseVariants(cp)) return true;
  }
  return false;
}

function isPrintableAscii(cp: number): boolean {
  return cp > 0x20 && cp < 0x7f;
}

const syntaxChars = new Set('^$\\.*+?()[]{}|/');

/** One literal character as JS regex source (u flag), outside a class. */
export function jsLiteral(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (syntaxChars.has(ch)) return '\\' + ch;
  if (isPrintableAscii(cp) || (cp > 0x7f && /^[\p{L}\p{N}]$/u.test(ch))) return ch;
  return `\\u{${cp.toString(16)}}`;
}

/** One character as JS regex source inside a class. */
function jsClassChar(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if ('\\]-^['.includes(ch)) return '\\' + ch;
  if (isPrintableAscii(cp) || (cp > 0x7f && /^[\p{L}\p{N}]$/u.test(ch))) return ch;
  return `\\u{${cp.toString(16)}}`;
}

/** A JS character class from ranges plus property escapes (like `\p{L}`). */
export function jsClass(ranges: Ranges, props: readonly string[], negated: boolean): string {
  let body = '';
  for (const [lo, hi] of normalizeRanges(ranges)) {
    body += lo === hi ? jsClassChar(lo) : `${jsClassChar(lo)}-${jsClassChar(hi)}`;
  }
  body += props.join('');
  return `[${negated ? '^' : ''}${body}]`;
}

/** General categories Go's regexp knows by name. */
const generalCategories = new Set(
  'C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '),
);

/** The JS property escape for a Go Unicode class name (`L`, `Greek`; not `Any`), or undefined if unknown. */
export function unicodeClassToJs(name: string, negated: boolean): string | undefined {
  const p = negated ? 'P' : 'p';
  if (generalCategories.has(name)) return `\\${p}{${name}}`;
  if (!/^[A-Za-z_]+$/.test(name)) return undefined;
  const candidate = `\\${p}{Script=${name}}`;
  try {
    new RegExp(candidate, 'u');
    return candidate;
  } catch {
    return undefined;
  }
}
