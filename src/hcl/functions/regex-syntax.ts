// Go RE2 pattern syntax translated to an equivalent JavaScript RegExp, reporting Go's own parse errors.
import {
  caseVariants,
  foldRanges,
  hasCaseVariants,
  jsClass,
  jsLiteral,
  rangesHaveCase,
  type Ranges,
} from './regex-class.js';
import { PatternCursor, RegexSyntaxError } from './regex-cursor.js';

export { RegexSyntaxError };

/** A compiled pattern: a global, unicode JS RegExp plus the Go name of each capture group (undefined if unnamed). */
export interface GoRegex {
  readonly regexp: RegExp;
  readonly names: readonly (string | undefined)[];
}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  U: boolean;
}

interface Term {
  src: string;
  /** Whether a JS quantifier may follow src directly. */
  atom: boolean;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Translates RE2 to JS source: one instance per pass (a second pass may apply a global case-fold flag). */
class Translator extends PatternCursor {
  readonly names: (string | undefined)[] = [];
  foldedCased = false;
  plainCased = false;

  constructor(
    cps: readonly string[],
    private readonly globalFold: boolean,
  ) {
    super(cps);
  }

  translate(): string {
    const src = this.alternation({ i: false, m: false, s: false, U: false }, 0);
    if (this.i < this.cps.length) throw new RegexSyntaxError('unexpected )', this.whole);
    return src;
  }

  /** Parses alternatives until an unmatched ')' (left in place) or the end. */
  private alternation(flags: Flags, depth: number): string {
    const alts: string[] = [];
    let terms: Term[] = [];
    let lastRepeat = -1;
    const n = this.cps.length;
    while (this.i < n) {
      const c = this.cps[this.i]!;
      let repeat = -1;
      if (c === '|') {
        alts.push(terms.map((t) => t.src).join(''));
        terms = [];
        this.i++;
      } else if (c === ')') {
        if (depth === 0) throw new RegexSyntaxError('unexpected )', this.whole);
        break;
      } else if (c === '(') {
        const t = this.group(flags, depth);
        if (t) terms.push(t);
      } else if (c === '[') {
        const cls = this.bracketClass();
        terms.push(this.classTerm(cls.ranges, cls.props, cls.negated, flags));
      } else if (c === '.') {
        this.i++;
        terms.push({ src: flags.s ? '[^]' : '[^\\n]', atom: true });
      } else if (c === '^') {
        this.i++;
        terms.push({ src: flags.m ? '(?<![^\\n])' : '^', atom: false });
      } else if (c === '$') {
        this.i++;
        terms.push({ src: flags.m ? '(?![^\\n])' : '$', atom: false });
      } else if (c === '*' || c === '+' || c === '?') {
        repeat = this.i;
        this.i++;
        this.applyRepeat(terms, c, repeat, lastRepeat, flags);
      } else if (c === '{') {
        const r = this.parseRepeatCount();
        if (!r) {
          this.i++;
          terms.push(this.literal(0x7b, flags));
        } else {
          repeat = this.i;
          const { min, max, end } = r;
          if (min < 0 || min > 1000 || max > 1000 || (max >= 0 && min > max)) {
            throw new RegexSyntaxError('invalid repeat count', this.text(this.i, end));
          }
          this.i = end;
          const q = max === min ? `{${min}}` : max < 0 ? `{${min},}` : `{${min},${max}}`;
          this.applyRepeat(terms, q, repeat, lastRepeat, flags);
        }
      } else if (c === '\\') {
        this.escape(terms, flags);
      } else {
        this.i++;
        terms.push(this.literal(c.codePointAt(0)!, flags));
      }
      lastRepeat = repeat;
    }
    if (depth > 0 && this.i >= n) throw new RegexSyntaxError('missing closing )', this.whole);
    alts.push(terms.map((t) => t.src).join(''));
    return alts.join('|');
  }

  private applyRepeat(terms: Term[], q: string, start: number, lastRepeat: number, flags: Flags): void {
    let lazy = false;
    if (this.cps[this.i] === '?') {
      this.i++;
      lazy = true;
    }
    if (lastRepeat >= 0) throw new RegexSyntaxError('invalid nested repetition operator', this.text(lastRepeat));
    const last = terms[terms.length - 1];
    if (!last) throw new RegexSyntaxError('missing argument to repetition operator', this.text(start));
    if (flags.U) lazy = !lazy;
    const base = last.atom ? last.src : `(?:${last.src})`;
    terms[terms.length - 1] = { src: base + q + (lazy ? '?' : ''), atom: false };
  }

  /** Go's parseRepeat: `{n}`, `{n,}` or `{n,m}` at the cursor (without moving it), or undefined if not one. */
  private parseRepeatCount(): { min: number; max: number; end: number } | undefined {
    let j = this.i + 1;
    const int = (): number | undefined => {
      if (!isDigit(this.cps[j])) return undefined;
      if (this.cps[j] === '0' && isDigit(this.cps[j + 1])) return undefined;
      let v = 0;
      while (isDigit(this.cps[j])) {
        if (v >= 1e8) v = -1;
        else if (v >= 0) v = v * 10 + Number(this.cps[j]);
        j++;
      }
      return v;
    };
    let min = int();
    if (min === undefined) return undefined;
    let max = min;
    if (this.cps[j] === ',') {
      j++;
      if (this.cps[j] === '}') max = -1;
      else {
        const m = int();
        if (m === undefined) return undefined;
        max = m;
        if (max < 0) min = -1;
      }
    }
    if (this.cps[j] !== '}') return undefined;
    return { min, max, end: j + 1 };
  }

  private literal(cp: number, flags: Flags): Term {
    if (hasCaseVariants(cp)) {
      if (flags.i) {
        this.foldedCased = true;
        if (!this.globalFold) {
          return { src: jsClass(caseVariants(cp).map((v): [number, number] => [v, v]), [], false), atom: true };
        }
      } else {
        this.plainCased = true;
      }
    }
    return { src: jsLiteral(cp), atom: true };
  }

  private classTerm(ranges: Ranges, props: readonly string[], negated: boolean, flags: Flags): Term {
    let r = ranges;
    if (rangesHaveCase(r)) {
      if (flags.i) {
        this.foldedCased = true;
        if (!this.globalFold) r = foldRanges(r);
      } else {
        this.plainCased = true;
      }
    }
    return { src: jsClass(r, props, negated), atom: true };
  }

  private group(flags: Flags, depth: number): Term | undefined {
    const start = this.i;
    const c = this.cps;
    if (c[start + 1] !== '?') {
      this.i++;
      this.names.push(undefined);
      return this.groupBody({ ...flags }, depth, '(');
    }
    const rest = c.length - start;
    if ((rest > 4 && c[start + 2] === 'P' && c[start + 3] === '<') || (rest > 3 && c[start + 2] === '<')) {
      const begin = c[start + 2] === '<' ? start + 3 : start + 4;
      let end = start;
      while (end < c.length && c[end] !== '>') end++;
      if (end >= c.length) throw new RegexSyntaxError('invalid named capture', this.text(start, c.length));
      const name = this.text(begin, end);
      if (!/^[0-9A-Za-z_]+$/.test(name)) throw new RegexSyntaxError('invalid named capture', this.text(start, end + 1));
      this.i = end + 1;
      this.names.push(name);
      return this.groupBody({ ...flags }, depth, '(');
    }
    // Flags, possibly opening a non-capturing group: (?i) (?i-s:...) (?:...)
    this.i = start + 2;
    const next: Flags = { ...flags };
    let sign = 1;
    let sawFlag = false;
    while (this.i < c.length) {
      const f = c[this.i++]!;
      if (f === 'i' || f === 'm' || f === 's' || f === 'U') {
        next[f] = sign > 0;
        sawFlag = true;
      } else if (f === '-') {
        if (sign < 0) break;
        sign = -1;
        sawFlag = false;
      } else if (f === ':' || f === ')') {
        if (sign < 0 && !sawFlag) break;
        if (f === ')') {
          Object.assign(flags, next);
          return undefined;
        }
        return this.groupBody(next, depth, '(?:');
      } else {
        break;
      }
    }
    throw new RegexSyntaxError('invalid or unsupported Perl syntax', this.text(start));
  }

  private groupBody(flags: Flags, depth: number, open: string): Term {
    const body = this.alternation(flags, depth + 1);
    this.i++; // the ')'; alternation has already reported a missing one
    return { src: `${open}${body})`, atom: true };
  }

  private escape(terms: Term[], flags: Flags): void {
    const start = this.i;
    const c = this.cps[start + 1];
    if (c === undefined) throw new RegexSyntaxError('trailing backslash at end of expression', '');
    const assertion: Record<string, string> = { A: '^', z: '$', b: '\\b', B: '\\B' };
    if (assertion[c] !== undefined) {
      this.i += 2;
      terms.push({ src: assertion[c], atom: false });
      return;
    }
    if (c === 'C') throw new RegexSyntaxError('invalid escape sequence', '\\C');
    if (c === 'Q') {
      this.i += 2;
      while (this.i < this.cps.length) {
        if (this.cps[this.i] === '\\' && this.cps[this.i + 1] === 'E') {
          this.i += 2;
          break;
        }
        terms.push(this.literal(this.cps[this.i++]!.codePointAt(0)!, flags));
      }
      return;
    }
    if (c === 'p' || c === 'P') {
      const u = this.unicodeClass();
      terms.push(this.classTerm(u.ranges, u.props, false, flags));
      return;
    }
    const perl = this.perlClass();
    if (perl) {
      terms.push(this.classTerm(perl, [], false, flags));
      return;
    }
    terms.push(this.literal(this.singleEscape(), flags));
  }
}

/** Compiles a Go RE2 pattern; throws RegexSyntaxError with Go's error code and expression. */
export function compileGoRegex(pattern: string): GoRegex {
  const cps = [...pattern];
  let t = new Translator(cps, false);
  let src = t.translate();
  let flags = 'gu';
  if (t.foldedCased && !t.plainCased) {
    t = new Translator(cps, true);
    src = t.translate();
    flags = 'giu';
  }
  let regexp: RegExp;
  try {
    regexp = new RegExp(src, flags);
  } catch {
    throw new RegexSyntaxError('regexp/syntax: internal error', pattern);
  }
  return { regexp, names: t.names };
}
