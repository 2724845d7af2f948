// Template atom rewrites: flush-heredoc indentation removal (`<<-`) and melding adjacent literals.
import { trimLeftGoSpace, utf8ByteLength } from '../lexer/char-classes.js';
import type { TemplateAtom, TemplateParts } from './template-parts.js';

// Created on first use: building a segmenter loads ICU data, which would slow every CLI start.
let segmenterCache: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  return (segmenterCache ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
}

type LiteralAtom = Extract<TemplateAtom, { kind: 'literal' }>;

/**
 * The flush heredoc rule: find the smallest leading white space over the lines that start with a literal
 * (blank lines excluded; a line starting with a sequence counts as zero), then remove that many characters
 * from every line-leading literal. Applied to source literals, so interpolated values cannot affect it.
 */
export function flushHeredocTemplateParts(parts: TemplateParts): void {
  let minSpaces = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust: LiteralAtom[] = [];
  for (const atom of parts.atoms) {
    if (newline) {
      newline = false;
      let spaces = 0;
      if (atom.kind === 'literal') {
        const trimmed = trimLeftGoSpace(atom.val);
        if (trimmed.length === 0 && atom.val.endsWith('\n')) {
          spaces = Number.MAX_SAFE_INTEGER; // a blank line does not count
        } else {
          spaces = graphemeCount(atom.val.slice(0, atom.val.length - trimmed.length));
          adjust.push(atom);
        }
      } else if (atom.kind === 'end') {
        break; // the end never has spaces before it
      }
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (atom.kind === 'literal' && atom.val.endsWith('\n')) newline = true;
  }

  for (const lit of adjust) {
    // Count characters, not bytes, when cutting.
    const cut = graphemePrefixLength(lit.val, minSpaces);
    const removed = lit.val.slice(0, cut);
    lit.val = lit.val.slice(cut);
    const start = lit.range.start;
    lit.range = {
      ...lit.range,
      start: { line: start.line, column: start.column + minSpaces, byte: start.byte + utf8ByteLength(removed) },
    };
  }
}

/** True when every character is ASCII other than CR, so each one is its own grapheme cluster. */
function isSimpleAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x0d) return false;
  }
  return true;
}

function graphemeCount(s: string): number {
  if (isSimpleAscii(s)) return s.length;
  return [...segmenter().segment(s)].length;
}

/** UTF-16 length of the first `count` grapheme clusters of s. */
function graphemePrefixLength(s: string, count: number): number {
  if (count === 0) return 0;
  // The character after the prefix matters too: a combining mark would join the last cluster.
  if (isSimpleAscii(s.slice(0, count + 1))) return Math.min(count, s.length);
  let len = 0;
  let n = 0;
  for (const { segment } of segmenter().segment(s)) {
    if (n >= count) break;
    len += segment.length;
    n++;
  }
  return len;
}

/** Combines runs of literal atoms into one (after all white-space trimming). */
export function meldConsecutiveStringLiterals(parts: TemplateParts): void {
  if (!hasAdjacentLiterals(parts.atoms)) return;
  const out: TemplateAtom[] = [];
  for (const atom of parts.atoms) {
    const prev = out[out.length - 1];
    if (atom.kind === 'literal' && prev?.kind === 'literal') {
      prev.val += atom.val;
      prev.range = { ...prev.range, end: atom.range.end };
      continue;
    }
    out.push(atom);
  }
  parts.atoms = out;
}

function hasAdjacentLiterals(atoms: readonly TemplateAtom[]): boolean {
  for (let i = 1; i < atoms.length; i++) {
    if (atoms[i]!.kind === 'literal' && atoms[i - 1]!.kind === 'literal') return true;
  }
  return false;
}
