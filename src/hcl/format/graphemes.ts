// Counts grapheme clusters as packer 1.6.6's hclwrite does when it aligns columns: go-textseg's Unicode 13 scanner.
//
// Intl.Segmenter is no substitute: it follows the Unicode of the ICU inside whichever Node runs us (from
// 15.1 on, Indic conjuncts such as "क्ष" are one cluster; packer counts two), and it cannot see the bytes
// that are not UTF-8, which packer's scanner groups by their lead byte.
import { graphemeClassRanges } from './grapheme-classes.js';

/** The character classes that go-textseg's grammar tells apart. */
const enum Cls {
  Other,
  CR,
  LF,
  /** Control characters, and U+FFFD, which the scanner treats as one. */
  Control,
  /** Extend and SpacingMark: both may follow any character of a cluster. */
  Extend,
  ZWJ,
  RegionalIndicator,
  Prepend,
  L,
  V,
  T,
  LV,
  LVT,
  Pictographic,
  /** A byte that begins no (even overlong) UTF-8 sequence: always a cluster of its own. */
  Broken,
}

interface ClassTable {
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly classes: Uint8Array;
}

// Parsed on first use; most files are ASCII and never need it.
let table: ClassTable | undefined;

function buildTable(): ClassTable {
  const ranges: [number, number, Cls][] = [];
  const add = (spec: string, cls: Cls): void => {
    for (const item of spec.split(' ')) {
      const [lo, hi = lo] = item.split('-');
      ranges.push([parseInt(lo!, 16), parseInt(hi!, 16), cls]);
    }
  };
  add(graphemeClassRanges.control, Cls.Control);
  add(graphemeClassRanges.extend, Cls.Extend);
  add(graphemeClassRanges.prepend, Cls.Prepend);
  add(graphemeClassRanges.pictographic, Cls.Pictographic);
  ranges.sort((a, b) => a[0] - b[0]);
  return {
    starts: Uint32Array.from(ranges, (r) => r[0]),
    ends: Uint32Array.from(ranges, (r) => r[1]),
    classes: Uint8Array.from(ranges, (r) => r[2]),
  };
}

function classOf(cp: number): Cls {
  if (cp === 0x0d) return Cls.CR;
  if (cp === 0x0a) return Cls.LF;
  if (cp === 0x200d) return Cls.ZWJ;
  if (cp === 0xfffd) return Cls.Control;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return Cls.RegionalIndicator;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c)) return Cls.L;
  if ((cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6)) return Cls.V;
  if ((cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb)) return Cls.T;
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? Cls.LV : Cls.LVT;
  table ??= buildTable();
  let lo = 0;
  let hi = table.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < table.starts[mid]!) hi = mid - 1;
    else if (cp > table.ends[mid]!) lo = mid + 1;
    else return table.classes[mid]! as Cls;
  }
  return Cls.Other;
}

/** The byte a lone surrogate U+DC80-U+DCFF stands for (see source-bytes.ts), or -1 for any other unit. */
function escapedByte(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xdc80 && c <= 0xdcff ? c - 0xdc00 : -1;
}

/**
 * How many escaped bytes from `i` the scanner reads as one character, 0 if none: it accepts any lead
 * byte followed by the right number of continuation bytes, overlong or out of range alike.
 */
function looseSequenceLength(text: string, i: number): number {
  const lead = escapedByte(text, i);
  const length = lead >= 0xc0 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf7 ? 4 : 0;
  for (let k = 1; k < length; k++) {
    const b = escapedByte(text, i + k);
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}

/** The class of each character of `text`, in order. */
function classify(text: string): Cls[] {
  const out: Cls[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(classOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000));
        i += 2;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const n = looseSequenceLength(text, i);
      out.push(n > 0 ? Cls.Other : Cls.Broken);
      i += Math.max(n, 1);
      continue;
    }
    out.push(classOf(c));
    i++;
  }
  return out;
}

function isHangul(cls: Cls | undefined): boolean {
  return cls === Cls.L || cls === Cls.V || cls === Cls.T || cls === Cls.LV || cls === Cls.LVT;
}

/** Skips a run of one class. */
function skip(cls: readonly Cls[], i: number, what: Cls): number {
  while (cls[i] === what) i++;
  return i;
}

/**
 * The end of a Hangul syllable sequence at `i`. The scanner's pattern, not UAX #29's pairs: after
 * leading L jamo an LV syllable only continues with V jamo, so L + LV + T is two clusters.
 */
function hangulEnd(cls: readonly Cls[], i: number): number {
  switch (cls[i]) {
    case Cls.L: {
      const j = skip(cls, i, Cls.L);
      if (cls[j] === Cls.LV) return cls[j + 1] === Cls.V ? skip(cls, skip(cls, j + 1, Cls.V), Cls.T) : j + 1;
      if (cls[j] === Cls.V) return skip(cls, skip(cls, j, Cls.V), Cls.T);
      if (cls[j] === Cls.LVT) return skip(cls, j + 1, Cls.T);
      return j;
    }
    case Cls.LV:
    case Cls.V:
      return skip(cls, skip(cls, i + 1, Cls.V), Cls.T);
    default: // LVT, T
      return skip(cls, i + 1, Cls.T);
  }
}

/** Extend and SpacingMark characters, and ZWJ, which may glue on one pictograph. */
function extensionEnd(cls: readonly Cls[], i: number): number {
  for (;;) {
    if (cls[i] === Cls.Extend) i++;
    else if (cls[i] === Cls.ZWJ) i += cls[i + 1] === Cls.Pictographic ? 2 : 1;
    else return i;
  }
}

/** Extend, SpacingMark and ZWJ only: what follows a plain character or a leading ZWJ. */
function marksEnd(cls: readonly Cls[], i: number): number {
  while (cls[i] === Cls.Extend || cls[i] === Cls.ZWJ) i++;
  return i;
}

/** The end of a cluster that is not a control character, a line break or a lone byte. */
function sequenceEnd(cls: readonly Cls[], i: number): number {
  const c = cls[i];
  if (isHangul(c)) return extensionEnd(cls, hangulEnd(cls, i));
  if (c === Cls.Pictographic) return extensionEnd(cls, i + 1);
  if (c === Cls.RegionalIndicator) return extensionEnd(cls, cls[i + 1] === Cls.RegionalIndicator ? i + 2 : i + 1);
  return marksEnd(cls, i + 1); // Other, Extend, ZWJ
}

function clusterEnd(cls: readonly Cls[], i: number): number {
  switch (cls[i]) {
    case Cls.CR:
      return cls[i + 1] === Cls.LF ? i + 2 : i + 1;
    case Cls.LF:
    case Cls.Control:
    case Cls.Broken:
      return i + 1;
    case Cls.Prepend: {
      const j = skip(cls, i, Cls.Prepend);
      const next = cls[j];
      const ends =
        next === undefined || next === Cls.CR || next === Cls.LF || next === Cls.Control || next === Cls.Broken;
      return ends ? j : sequenceEnd(cls, j);
    }
    default:
      return sequenceEnd(cls, i);
  }
}

/** The number of grapheme clusters in `text` as packer counts them (`text` may hold escaped bytes). */
export function graphemeCount(text: string): number {
  let ascii = true;
  let crlf = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) crlf++;
  }
  if (ascii) return text.length - crlf; // one column per character, but CR LF is one cluster
  const cls = classify(text);
  let n = 0;
  for (let i = 0; i < cls.length; i = clusterEnd(cls, i)) n++;
  return n;
}
