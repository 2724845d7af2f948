// The RE2 pattern cursor: Go's escapes, Perl/Unicode/POSIX classes and bracketed classes, with Go's parse errors.
import { MAX_RUNE, negateRanges, perlClasses, posixClasses, unicodeClassToJs, type Ranges } from './regex-class.js';

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

const isOctal = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '7';
const isAsciiAlnum = (c: string): boolean => /^[0-9A-Za-z]$/.test(c);
const hexVal = (c: string | undefined): number => (c !== undefined && /^[0-9A-Fa-f]$/.test(c) ? parseInt(c, 16) : -1);

/** A position in a pattern (held as code points) plus the parsers for its escape and class syntax. */
export class PatternCursor {
  protected i = 0;

  constructor(protected readonly cps: readonly string[]) {}

  protected text(from: number, to: number = this.i): string {
    return this.cps.slice(from, to).join('');
  }

  protected get whole(): string {
    return this.cps.join('');
  }

  /** `\d \D \s \S \w \W` at the cursor, as ranges (consumed), or undefined. */
  protected perlClass(): Ranges | undefined {
    const c = this.cps[this.i + 1];
    if (c === undefined) return undefined;
    const base = perlClasses[c.toLowerCase()];
    if (!base || !/[dswDSW]/.test(c)) return undefined;
    this.i += 2;
    return c === c.toLowerCase() ? base : negateRanges(base);
  }

  /** `\pL`, `\p{Greek}`, `\P{^Lu}` at the cursor (consumed). */
  protected unicodeClass(): { ranges: Ranges; props: string[] } {
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
  protected singleEscape(): number {
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

  /** A bracketed class `[...]`, as Go's parseClass: its ranges, property escapes and negation. */
  protected bracketClass(): { ranges: Ranges; props: string[]; negated: boolean } {
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
          const nameEnd = this.i + 2 + Array.from(this.text(this.i + 2, c.length).slice(0, close)).length + 2;
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
    return { ranges, props, negated };
  }

  private classChar(classStart: number): number {
    if (this.i >= this.cps.length) throw new RegexSyntaxError('missing closing ]', this.text(classStart, this.cps.length));
    if (this.cps[this.i] === '\\') return this.singleEscape();
    return this.cps[this.i++]!.codePointAt(0)!;
  }
}
