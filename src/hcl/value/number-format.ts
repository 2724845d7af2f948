// Decimal text of binary floats exactly as Go prints them: big.Float.Text and strconv's %v for float64.
import { bitLength, toDecimal } from './float-core.js';

/** A decimal 0.digits × 10^exp, as Go's math/big decimal (digits without trailing zeros). */
class Decimal {
  constructor(
    public mant: string,
    public exp: number,
  ) {}

  static of(mant: bigint, exp: number): Decimal {
    const d = toDecimal(mant, exp);
    return new Decimal(d.digits, d.dexp);
  }

  at(i: number): string {
    return i >= 0 && i < this.mant.length ? this.mant[i]! : '0';
  }

  round(n: number): void {
    if (n < 0 || n >= this.mant.length) return;
    if (this.shouldRoundUp(n)) this.roundUp(n);
    else this.roundDown(n);
  }

  private shouldRoundUp(n: number): boolean {
    const c = this.mant[n]!;
    if (c === '5' && n + 1 === this.mant.length) {
      return n > 0 && (this.mant.charCodeAt(n - 1) - 48) % 2 === 1;
    }
    return c >= '5';
  }

  roundUp(n: number): void {
    if (n < 0 || n >= this.mant.length) return;
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
    if (n < 0 || n >= this.mant.length) return;
    this.mant = this.mant.slice(0, n);
    this.trim();
  }

  private trim(): void {
    let i = this.mant.length;
    while (i > 0 && this.mant[i - 1] === '0') i--;
    this.mant = this.mant.slice(0, i);
    if (i === 0) this.exp = 0;
  }
}

/** Go's roundShortest: the fewest digits that still identify the value at precision `prec` bits. */
function roundShortest(d: Decimal, mant: bigint, exp: number, prec: number): void {
  if (d.mant.length === 0) return;
  // Mantissa with prec+1 bits, so that its lsb is half an ulp.
  const s = bitLength(mant) - (prec + 1);
  let m = mant;
  let e = exp;
  if (s < 0) m <<= BigInt(-s);
  else if (s > 0) m >>= BigInt(s);
  e += s;
  const lower = Decimal.of(m - 1n, e);
  const upper = Decimal.of(m + 1n, e);
  const inclusive = (m & 2n) === 0n;
  for (let i = 0; i < d.mant.length; i++) {
    const l = lower.at(i);
    const c = d.mant[i]!;
    const u = upper.at(i);
    const okdown = l !== c || (inclusive && i + 1 === lower.mant.length);
    const okup = c !== u && (inclusive || c.charCodeAt(0) + 1 < u.charCodeAt(0) || i + 1 < upper.mant.length);
    if (okdown && okup) return d.round(i + 1);
    if (okdown) return d.roundDown(i + 1);
    if (okup) return d.roundUp(i + 1);
  }
}

function fmtE(ch: 'e' | 'E', prec: number, d: Decimal): string {
  let out = d.mant.length > 0 ? d.mant[0]! : '0';
  if (prec > 0) {
    out += '.';
    const m = Math.min(d.mant.length, prec + 1);
    out += d.mant.slice(1, Math.max(1, m));
    for (let i = Math.max(1, m); i <= prec; i++) out += '0';
  }
  let x = d.mant.length > 0 ? d.exp - 1 : 0;
  const sign = x < 0 ? '-' : '+';
  if (x < 0) x = -x;
  return `${out}${ch}${sign}${x < 10 ? '0' : ''}${x}`;
}

function fmtF(prec: number, d: Decimal): string {
  let out: string;
  if (d.exp > 0) {
    const m = Math.min(d.mant.length, d.exp);
    out = d.mant.slice(0, m) + '0'.repeat(d.exp - m);
  } else {
    out = '0';
  }
  if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) out += d.at(d.exp + i);
  }
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

/** big.Float.Text(format, prec): 'f', 'e', 'E', 'g' or 'G'; a negative prec asks for the shortest exact-enough text. */
export function floatText(x: FloatParts, format: 'f' | 'e' | 'E' | 'g' | 'G', precArg: number): string {
  const sign = x.negative ? '-' : '';
  if (x.form === 'inf') return x.negative ? '-Inf' : '+Inf';
  const d = x.form === 'finite' ? Decimal.of(x.mant, x.exp) : new Decimal('', 0);
  let prec = precArg;
  const shortest = prec < 0;
  if (shortest) {
    if (x.form === 'finite') roundShortest(d, x.mant, x.exp, x.prec);
    if (format === 'e' || format === 'E') prec = d.mant.length - 1;
    else if (format === 'f') prec = Math.max(d.mant.length - d.exp, 0);
    else prec = d.mant.length;
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
  let eprec = prec;
  if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
  if (shortest) eprec = 6;
  const e = d.exp - 1;
  if (e < -4 || e >= eprec) {
    if (prec > d.mant.length) prec = d.mant.length;
    return sign + fmtE(format === 'g' ? 'e' : 'E', prec - 1, d);
  }
  if (prec > d.exp) prec = d.mant.length;
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
