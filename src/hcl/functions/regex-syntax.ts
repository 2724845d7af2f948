// Go RE2 pattern syntax translated to an equivalent JavaScript RegExp, reporting Go's own parse errors.
import {
  MAX_RUNE,
  caseVariants,
  foldRanges,
  hasCaseVariants,
  jsClass,
  jsLiteral,
  negateRanges,
  perlClasses,
  posixClasses,
  rangesHaveCase,
  unicodeClassToJs,
  type Ranges,
} from './regex-class.js';

/** A pattern Go's regexp/syntax rejects; `code` and `expr` are Go's ErrorCode text and offending text. */
export class RegexSyntaxError extends Error {
  constructor(
    readonly code: string,
    readonly expr: string,
  ) {
    super(`error parsing regexp: ${code}: \`${expr}\``);
    this.name = 'RegexSyntaxError';
  }
}

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
const isOctal = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '7';
const isAsciiAlnum = (c: string): boolean => /^[0-9A-Za-z]$/.test(c);
const hexVal = (c: string | undefined): number => (c !== undefined && /^[0-9A-Fa-f]$/.test(c) ? parseInt(c, 16) : -1);

class Translator {
  private i = 0;
  readonly names: (string | undefined)[] = [];
  foldedCased = false;
  plainCased = false;

  constructor(
    private readonly cps: readonly string[],
    private readonly globalFold: boolean,
  ) {}

  private text(from: number, to: number = this.i): string {
    return this.cps.slice(from, to).join('');
  }

  private get whole(): string {
    return this.cps.join('');
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
        terms.push(this.charClass(flags));
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

  /** `\d \D \s \S \w \W` at the cursor, as ranges (consumed), or undefined. */
  private perlClass(): Ranges | undefined {
    const c = this.cps[this.i + 1];
    if (c === undefined) return undefined;
    const base = perlClasses[c.toLowerCase()];
    if (!base || !/[dswDSW]/.test(c)) return undefined;
    this.i += 2;
    return c === c.toLowerCase() ? base : negateRanges(base);
  }

  /** `\pL`, `\p{Greek}`, `\P{^Lu}` at the cursor (consumed). */
  private unicodeClass(): { ranges: Ranges; props: string[] } {
    const start = this.i;
    let negated = this.cps[start + 1] === 'P';
    let name: string;
    let seq: string;
    if (this.cps[start + 2] !== '{') {
      const single = this.cps[start + 2];
      this.i = Math.min(start + 3, this.cps.length);
      seq = this.text(start);
      name = single ?? '';
    } else {
      let end = start + 3;
      while (end < this.cps.length && this.cps[end] !== '}') end++;
      if (end >= this.cps.length) throw new RegexSyntaxError('invalid character class range', this.text(start, this.cps.length));
      name = this.text(start + 3, end);
      this.i = end + 1;
      seq = this.text(start);
    }
    if (name.startsWith('^')) {
      negated = !negated;
      name = name.slice(1);
    }
    if (name === 'Any') return { ranges: negated ? [] : [[0, MAX_RUNE]], props: [] };
    const js = unicodeClassToJs(name, negated);
    if (js === undefined) throw new RegexSyntaxError('invalid character class range', seq);
    return { ranges: [], props: [js] };
  }

  /** Go's parseEscape: one escaped character (octal, hex, C escapes, escaped punctuation). */
  private singleEscape(): number {
    const start = this.i;
    this.i += 1;
    const c = this.cps[this.i++];
    if (c === undefined) throw new RegexSyntaxError('trailing backslash at end of expression', '');
    const fail = (): never => {
      throw new RegexSyntaxError('invalid escape sequence', this.text(start, Math.min(this.i, this.cps.length)));
    };
    const cp = c.codePointAt(0)!;
    if (cp < 0x80 && !isAsciiAlnum(c)) return cp;
    if (c >= '1' && c <= '7' && !isOctal(this.cps[this.i])) fail();
    if (c >= '0' && c <= '7') {
      let r = Number(c);
      for (let k = 1; k < 3 && isOctal(this.cps[this.i]); k++) r = r * 8 + Number(this.cps[this.i++]);
      return r;
    }
    if (c === 'x') {
      if (this.i >= this.cps.length) fail();
      const d = this.cps[this.i++];
      if (d === '{') {
        let r = 0;
        let nhex = 0;
        for (;;) {
          if (this.i >= this.cps.length) fail();
          const h = this.cps[this.i++];
          if (h === '}') break;
          const v = hexVal(h);
          if (v < 0) fail();
          r = r * 16 + v;
          if (r > MAX_RUNE) fail();
          nhex++;
        }
        if (nhex === 0) fail();
        return r;
      }
      const x = hexVal(d);
      const y = hexVal(this.cps[this.i]);
      if (this.i < this.cps.length) this.i++;
      if (x < 0 || y < 0) fail();
      return x * 16 + y;
    }
    const simple: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
    if (simple[c] !== undefined) return simple[c];
    return fail();
  }

  /** A bracketed class `[...]`, as Go's parseClass. */
  private charClass(flags: Flags): Term {
    const start = this.i;
    const c = this.cps;
    this.i++;
    let negated = false;
    if (c[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const ranges: Ranges = [];
    const props: string[] = [];
    let first = true;
    while (this.i >= c.length || c[this.i] !== ']' || first) {
      first = false;
      if (c.length - this.i > 2 && c[this.i] === '[' && c[this.i + 1] === ':') {
        const close = this.text(this.i + 2, c.length).indexOf(':]');
        if (close >= 0) {
          const nameEnd = this.i + 2 + [...this.text(this.i + 2, c.length).slice(0, close)].length + 2;
          const name = this.text(this.i, nameEnd);
          const inner = name.slice(2, -2);
          const neg = inner.startsWith('^');
          const set = posixClasses[neg ? inner.slice(1) : inner];
          if (!set) throw new RegexSyntaxError('invalid character class range', name);
          ranges.push(...(neg ? negateRanges(set) : set));
          this.i = nameEnd;
          continue;
        }
      }
      if (c[this.i] === '\\' && (c[this.i + 1] === 'p' || c[this.i + 1] === 'P')) {
        const u = this.unicodeClass();
        ranges.push(...u.ranges);
        props.push(...u.props);
        continue;
      }
      if (c[this.i] === '\\') {
        const perl = this.perlClass();
        if (perl) {
          ranges.push(...perl);
          continue;
        }
      }
      const rangeStart = this.i;
      const lo = this.classChar(start);
      let hi = lo;
      if (c.length - this.i >= 2 && c[this.i] === '-' && c[this.i + 1] !== ']') {
        this.i++;
        hi = this.classChar(start);
        if (hi < lo) throw new RegexSyntaxError('invalid character class range', this.text(rangeStart));
      }
      ranges.push([lo, hi]);
    }
    this.i++;
    return this.classTerm(ranges, props, negated, flags);
  }

  private classChar(classStart: number): number {
    if (this.i >= this.cps.length) throw new RegexSyntaxError('missing closing ]', this.text(classStart, this.cps.length));
    if (this.cps[this.i] === '\\') return this.singleEscape();
    return this.cps[this.i++]!.codePointAt(0)!;
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
