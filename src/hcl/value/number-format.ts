// Decimal text of binary floats exactly as Go prints them: big.Float.Text and strconv's %v for float64.
import { bitLength, decimalLengthEstimate, leadingDecimal, toDecimal } from './float-core.js';

/**
 * Raised when a decimal known only by its leading digits is asked about a digit it does not know; the
 * caller then starts over with more digits (and in the end with the exact expansion).
 */
class NeedMoreDigits extends Error {}

/** Expansions up to this many digits beyond the digits a format needs are always computed exactly. */
const DefaultExactSlack = 1000;

/**
 * A decimal 0.digits × 10^exp, as Go's math/big decimal (digits without trailing zeros). With `tail`,
 * only the leading digits are held: the true expansion goes on past them with at least one nonzero digit.
 */
class Decimal {
  constructor(
    public mant: string,
    public exp: number,
    public tail = false,
  ) {}

  /** The expansion of mant × 2^exp: exact, or its first `k`-odd digits when it is much longer than that. */
  static of(mant: bigint, exp: number, k: number, slack: number): Decimal {
    if (decimalLengthEstimate(mant, exp) > k + slack) {
      const lead = leadingDecimal(mant, exp, k);
      if (!lead) throw new NeedMoreDigits();
      return new Decimal(lead.digits, lead.dexp, true);
    }
    const d = toDecimal(mant, exp);
    return new Decimal(d.digits, d.dexp);
  }

  at(i: number): string {
    if (i >= 0 && i < this.mant.length) return this.mant[i]!;
    if (this.tail && i >= 0) throw new NeedMoreDigits();
    return '0';
  }

  /** Whether digit i (already read with at) is the last one. */
  isLast(i: number): boolean {
    return !this.tail && i + 1 === this.mant.length;
  }

  /** Whether digits follow digit i (already read with at). */
  hasMore(i: number): boolean {
    return this.tail || i + 1 < this.mant.length;
  }

  /** The digits as a string of known length; a decimal with an unknown tail cannot say. */
  get exact(): string {
    if (this.tail) throw new NeedMoreDigits();
    return this.mant;
  }

  /** Whether an operation keeping n digits changes anything (throws if the held digits cannot tell). */
  private touches(n: number): boolean {
    if (n < 0) return false;
    if (!this.tail) return n < this.mant.length;
    if (n > this.mant.length) throw new NeedMoreDigits();
    return true;
  }

  round(n: number): void {
    if (!this.touches(n)) return;
    if (this.shouldRoundUp(n)) this.roundUp(n);
    else this.roundDown(n);
  }

  private shouldRoundUp(n: number): boolean {
    const c = this.at(n);
    if (c === '5' && !this.hasMore(n)) {
      return n > 0 && (this.mant.charCodeAt(n - 1) - 48) % 2 === 1;
    }
    return c >= '5';
  }

  roundUp(n: number): void {
    if (!this.touches(n)) return;
    this.tail = false;
    let i = n;
    while (i > 0 && this.mant[i - 1]! >= '9') i--;
    if (i === 0) {
      this.mant = '1';
      this.exp++;
      return;
    }
    this.mant = this.mant.slice(0, i - 1) + String.fromCharCode(this.mant.charCodeAt(i - 1) + 1);
  }

  roundDown(n: number): void {
    if (!this.touches(n)) return;
    this.tail = false;
    this.mant = this.mant.slice(0, n);
    this.trim();
  }

  private trim(): void {
    let i = this.mant.length;
    while (i > 0 && this.mant[i - 1] === '0') i--;
    this.mant = this.mant.slice(0, i);
    if (i === 0) this.exp = 0;
  }

  /** The `count` digits from index `from` (zeros outside the expansion), as fmtF reads them. */
  digitRun(from: number, count: number): string {
    if (count <= 0) return '';
    const end = from + count;
    const lead = Math.min(Math.max(-from, 0), count);
    const a = Math.max(from, 0);
    const b = Math.min(end, this.mant.length);
    if (this.tail && end > this.mant.length && end > 0) throw new NeedMoreDigits();
    const mid = b > a ? this.mant.slice(a, b) : '';
    return '0'.repeat(lead) + mid + '0'.repeat(count - lead - mid.length);
  }
}

/** Go's roundShortest: the fewest digits that still identify the value at precision `prec` bits. */
function roundShortest(d: Decimal, mant: bigint, exp: number, prec: number, k: number, slack: number): void {
  if (d.mant.length === 0) return;
  // Mantissa with prec+1 bits, so that its lsb is half an ulp.
  const s = bitLength(mant) - (prec + 1);
  let m = mant;
  let e = exp;
  if (s < 0) m <<= BigInt(-s);
  else if (s > 0) m >>= BigInt(s);
  e += s;
  const lower = Decimal.of(m - 1n, e, k, slack);
  const upper = Decimal.of(m + 1n, e, k, slack);
  const inclusive = (m & 2n) === 0n;
  for (let i = 0; i < d.mant.length; i++) {
    const l = lower.at(i);
    const c = d.mant[i]!;
    const u = upper.at(i);
    const okdown = l !== c || (inclusive && lower.isLast(i));
    const okup = c !== u && (inclusive || c.charCodeAt(0) + 1 < u.charCodeAt(0) || upper.hasMore(i));
    if (okdown && okup) return d.round(i + 1);
    if (okdown) return d.roundDown(i + 1);
    if (okup) return d.roundUp(i + 1);
  }
  if (d.tail) throw new NeedMoreDigits();
}

function fmtE(ch: 'e' | 'E', prec: number, d: Decimal): string {
  const digits = d.exact;
  let out = digits.length > 0 ? digits[0]! : '0';
  if (prec > 0) {
    const m = Math.max(1, Math.min(digits.length, prec + 1));
    out += '.' + digits.slice(1, m) + '0'.repeat(prec + 1 - m);
  }
  let x = digits.length > 0 ? d.exp - 1 : 0;
  const sign = x < 0 ? '-' : '+';
  if (x < 0) x = -x;
  return `${out}${ch}${sign}${x < 10 ? '0' : ''}${x}`;
}

function fmtF(prec: number, d: Decimal): string {
  let out: string;
  if (d.exp > 0) {
    const digits = d.exact;
    const m = Math.min(digits.length, d.exp);
    out = digits.slice(0, m) + '0'.repeat(d.exp - m);
  } else {
    out = '0';
  }
  if (prec > 0) out += '.' + d.digitRun(d.exp, prec);
  return out;
}

/** The parts of a big.Float that its text depends on. */
export interface FloatParts {
  readonly form: 'zero' | 'finite' | 'inf';
  readonly negative: boolean;
  readonly mant: bigint;
  readonly exp: number;
  readonly prec: number;
}

type TextFormat = 'f' | 'e' | 'E' | 'g' | 'G';

/**
 * How many leading digits `format` at `precArg` can look at (a few spare included): the shortest forms
 * stop within about prec·log10(2) digits, where the value parts from its neighbours half an ulp away.
 */
function digitsNeeded(x: FloatParts, format: TextFormat, precArg: number): number {
  const spare = 24;
  if (precArg < 0) return Math.ceil((x.prec + 1) * 0.30103) + spare;
  if (format === 'f') {
    const dexp = x.form === 'finite' ? Math.ceil((x.exp + bitLength(x.mant)) * 0.30103) + 1 : 0;
    return Math.max(dexp + precArg, 0) + spare;
  }
  return precArg + spare;
}

/**
 * big.Float.Text(format, prec): 'f', 'e', 'E', 'g' or 'G'; a negative prec asks for the shortest exact-enough
 * text. Long expansions are not written out: only their leading digits are computed, with more on demand, so
 * 1e31000000 formats at once. `exactSlack` (for tests) is how much longer than the digits needed an expansion
 * may be and still be computed exactly.
 */
export function floatText(x: FloatParts, format: TextFormat, precArg: number, exactSlack = DefaultExactSlack): string {
  if (x.form === 'inf') return x.negative ? '-Inf' : '+Inf';
  let k = digitsNeeded(x, format, precArg);
  for (let attempt = 0; attempt < 3; attempt++, k *= 4) {
    try {
      return textWith(x, format, precArg, k, exactSlack);
    } catch (e) {
      if (!(e instanceof NeedMoreDigits)) throw e;
    }
  }
  return textWith(x, format, precArg, k, Infinity);
}

function textWith(x: FloatParts, format: TextFormat, precArg: number, k: number, slack: number): string {
  const sign = x.negative ? '-' : '';
  const d = x.form === 'finite' ? Decimal.of(x.mant, x.exp, k, slack) : new Decimal('', 0);
  let prec = precArg;
  const shortest = prec < 0;
  if (shortest) {
    if (x.form === 'finite') roundShortest(d, x.mant, x.exp, x.prec, k, slack);
    if (format === 'e' || format === 'E') prec = d.exact.length - 1;
    else if (format === 'f') prec = Math.max(d.exact.length - d.exp, 0);
    else prec = d.exact.length;
  } else if (format === 'e' || format === 'E') {
    d.round(1 + prec);
  } else if (format === 'f') {
    d.round(d.exp + prec);
  } else {
    if (prec === 0) prec = 1;
    d.round(prec);
  }
  if (format === 'e' || format === 'E') return sign + fmtE(format, prec, d);
  if (format === 'f') return sign + fmtF(prec, d);
  const n = d.exact.length;
  let eprec = prec;
  if (eprec > n && n >= d.exp) eprec = n;
  if (shortest) eprec = 6;
  const e = d.exp - 1;
  if (e < -4 || e >= eprec) {
    if (prec > n) prec = n;
    return sign + fmtE(format === 'g' ? 'e' : 'E', prec - 1, d);
  }
  if (prec > d.exp) prec = n;
  return sign + fmtF(Math.max(prec - d.exp, 0), d);
}

/** Go's fmt %v (strconv 'g', shortest) for a float64: `1e+30`, `1.5e-07`, `0.1`, `+Inf`, `NaN`. */
export function formatGoFloat64(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  const [digitsPart, expPart] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = digitsPart.replace('.', '');
  const e = Number(expPart);
  const d = digits === '0' ? new Decimal('', 0) : new Decimal(digits.replace(/0+$/, ''), e + 1);
  const sign = neg ? '-' : '';
  const prec = d.mant.length;
  const ee = d.exp - 1;
  if (d.mant.length > 0 && (ee < -4 || ee >= 6)) return sign + fmtE('e', prec - 1, d);
  return sign + fmtF(Math.max(prec - d.exp, 0), d);
}
