// cty numbers: Go big.Float values (mantissa × 2^exp, per-value precision, ±0, ±Inf) with cty's arithmetic.
import { addExact, bitLength, mulMag, normalize, quoMag, roundMag, type Mag, type Rounded } from './float-core.js';
import { floatText, formatGoFloat64, type FloatParts } from './number-format.js';
import { parseFloatParts } from './number-parse.js';
import { goPow } from './float64-pow.js';

/**
 * Thrown where Go's big.Float panics with ErrNaN (∞ − ∞, 0 × ∞, 0 ÷ 0, ∞ ÷ ∞). The message is the one
 * cty's operator functions report, so the evaluator can emit "Error during operation: <message>.".
 */
export class NumNaNError extends Error {
  override readonly name = 'NumNaNError';
}

const Int64Precision = 64;
const Float64Precision = 53;
/** cty multiplies at this precision before trimming the result (value_ops.go Multiply). */
const MulPrecision = 512;

export class Num implements FloatParts {
  private constructor(
    readonly form: 'zero' | 'finite' | 'inf',
    /** the sign bit (true for −0 too) */
    readonly negative: boolean,
    /** finite: odd positive mantissa; 0n otherwise */
    readonly mant: bigint,
    /** finite: value = mant × 2^exp */
    readonly exp: number,
    /** mantissa precision in bits, as big.Float.Prec() */
    readonly prec: number,
  ) {}

  static readonly Zero: Num = new Num('zero', false, 0n, 0, Int64Precision);
  static readonly One: Num = Num.fromBigIntPrec(1n, Int64Precision);
  static readonly PositiveInfinity: Num = new Num('inf', false, 0n, 0, Float64Precision);
  static readonly NegativeInfinity: Num = new Num('inf', true, 0n, 0, Float64Precision);

  // ---- constructors ----

  /** Integers as cty.NumberIntVal (64-bit precision), other numbers as cty.NumberFloatVal; bigints as big.Float.SetInt. */
  static from(n: number | bigint): Num {
    if (typeof n === 'bigint') return Num.fromBigInt(n);
    if (Number.isInteger(n) && Math.abs(n) < 2 ** 63) return Num.fromBigIntPrec(BigInt(n), Int64Precision);
    return Num.fromFloat64(n);
  }

  /** cty.NumberFloatVal: the exact float64 with 53-bit precision (so it prints in its shortest float64 form). */
  static fromFloat64(x: number): Num {
    if (Number.isNaN(x)) throw new NumNaNError('NaN is not a number value');
    if (x === Infinity) return Num.special('inf', false, Float64Precision);
    if (x === -Infinity) return Num.special('inf', true, Float64Precision);
    const neg = x < 0 || Object.is(x, -0);
    if (x === 0) return new Num('zero', neg, 0n, 0, Float64Precision);
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, Math.abs(x));
    const bits = view.getBigUint64(0);
    const biased = Number(bits >> 52n);
    const frac = bits & ((1n << 52n) - 1n);
    const mag = biased === 0 ? normalize(frac, -1074) : normalize(frac | (1n << 52n), biased - 1075);
    return new Num('finite', neg, mag.mant, mag.exp, Float64Precision);
  }

  /** big.Float.SetInt: precision is the larger of the integer's bit length and 64. */
  static fromBigInt(n: bigint): Num {
    const abs = n < 0n ? -n : n;
    return Num.fromBigIntPrec(n, Math.max(bitLength(abs), Int64Precision));
  }

  /** Parses a decimal number as cty.ParseNumberVal (512-bit precision); undefined when malformed. */
  static parse(s: string): Num | undefined {
    const p = parseFloatParts(s);
    return p && new Num(p.form, p.negative, p.mant, p.exp, p.prec);
  }

  /** Builds (−1)^negative × mant × 2^exp at `prec` bits, rounding to nearest even; zero and infinite forms ignore mant and exp. */
  static fromParts(p: FloatParts): Num {
    if (p.form !== 'finite' || p.mant === 0n) return Num.special(p.form === 'inf' ? 'inf' : 'zero', p.negative, p.prec);
    return Num.fromRounded(p.negative, roundMag(p.mant, p.exp, p.prec), p.prec);
  }

  private static fromBigIntPrec(n: bigint, prec: number): Num {
    if (n === 0n) return new Num('zero', false, 0n, 0, prec);
    return Num.fromRounded(n < 0n, roundMag(n < 0n ? -n : n, 0, prec), prec);
  }

  private static fromRounded(neg: boolean, r: Rounded, prec: number): Num {
    if (r === 'overflow') return new Num('inf', neg, 0n, 0, prec);
    if (r === 'underflow') return new Num('zero', neg, 0n, 0, prec);
    return new Num('finite', neg, r.mant, r.exp, prec);
  }

  private static special(form: 'zero' | 'inf', neg: boolean, prec: number): Num {
    return new Num(form, neg, 0n, 0, prec);
  }

  /** big.Float.Set into a receiver of precision prec (rounds when prec is smaller). */
  private withPrec(prec: number): Num {
    if (this.form !== 'finite') return Num.special(this.form, this.negative, prec);
    return Num.fromRounded(this.negative, roundMag(this.mant, this.exp, prec), prec);
  }

  /** big.Float.Add of x and (yNeg ? −|y| : |y|) into a receiver of precision prec. */
  private static addInto(x: Num, yNeg: boolean, y: Num, prec: number, nanMessage: string): Num {
    if (x.form === 'finite' && y.form === 'finite') {
      const s = addExact(x.negative, x.mag, yNeg, y.mag);
      if (s.mant === 0n) return Num.special('zero', false, prec);
      return Num.fromRounded(s.neg, roundMag(s.mant, s.exp, prec), prec);
    }
    if (x.form === 'inf' && y.form === 'inf' && x.negative !== yNeg) throw new NumNaNError(nanMessage);
    if (x.form === 'zero' && y.form === 'zero') return Num.special('zero', x.negative && yNeg, prec);
    if (x.form === 'inf' || y.form === 'zero') return x.withPrec(prec);
    const yy = yNeg === y.negative ? y : y.neg();
    return yy.withPrec(prec);
  }

  /** big.Float.Mul of x and y into a receiver of precision prec. */
  private static mulInto(x: Num, y: Num, prec: number, nanMessage: string): Num {
    const neg = x.negative !== y.negative;
    if (x.form === 'finite' && y.form === 'finite') return Num.fromRounded(neg, mulMag(x.mag, y.mag, prec), prec);
    if ((x.form === 'zero' && y.form === 'inf') || (x.form === 'inf' && y.form === 'zero')) throw new NumNaNError(nanMessage);
    return Num.special(x.form === 'inf' || y.form === 'inf' ? 'inf' : 'zero', neg, prec);
  }

  /** big.Float.SetPrec to a precision that needs no rounding. */
  private withPrecUnrounded(prec: number): Num {
    return new Num(this.form, this.negative, this.mant, this.exp, prec);
  }

  private get mag(): Mag {
    return { mant: this.mant, exp: this.exp };
  }

  // ---- arithmetic (cty.Value semantics) ----

  add(o: Num): Num {
    return Num.addInto(this, o.negative, o, Math.max(this.prec, o.prec), "can't compute sum of opposing infinities");
  }

  sub(o: Num): Num {
    return Num.addInto(this, !o.negative, o, Math.max(this.prec, o.prec), "can't subtract infinity from itself");
  }

  /** cty Multiply: the product at 512 bits, kept at the larger of the operands' precisions and the bits it needs. */
  mul(o: Num): Num {
    const prec = Math.max(this.prec, o.prec);
    const r = Num.mulInto(this, o, MulPrecision, "can't multiply zero by infinity");
    return r.form === 'finite' ? r.withPrecUnrounded(Math.max(prec, bitLength(r.mant))) : r.withPrecUnrounded(prec);
  }

  /** Division; x ÷ 0 is ±Inf as in cty (only 0 ÷ 0 and ∞ ÷ ∞ throw NumNaNError). */
  div(o: Num): Num {
    const neg = this.negative !== o.negative;
    const prec = Math.max(this.prec, o.prec);
    if (this.form === 'finite' && o.form === 'finite') return Num.fromRounded(neg, quoMag(this.mag, o.mag, prec), prec);
    if ((this.form === 'zero' && o.form === 'zero') || (this.form === 'inf' && o.form === 'inf')) {
      throw new NumNaNError("can't divide zero by zero or infinity by infinity");
    }
    return Num.special(this.form === 'zero' || o.form === 'inf' ? 'zero' : 'inf', neg, prec);
  }

  /**
   * cty Modulo: a − b × trunc(a ÷ b) at a's precision; a % 0 is a. cty's shortcut for infinities (multiply
   * them) compares with its own PositiveInfinity and NegativeInfinity values, so only those exact values take
   * it (here the Num.PositiveInfinity/NegativeInfinity objects, which min and max return unchanged). Any other
   * infinity goes through the division: ∞ % x is ∞ (Go's Int of an infinite ratio leaves 0), and x % ∞ or
   * ∞ % ∞ multiply or divide an infinity by zero, which cty reports as a NaN.
   */
  mod(o: Num): Num {
    const nanMessage = "can't use modulo with zero and infinity";
    try {
      if (this.isInfinitySingleton() || o.isInfinitySingleton()) return this.mul(o);
      if (o.form === 'zero') return this;
      // Go goes through big.Int here, so a zero ratio loses its sign.
      const ratio = Num.fromBigIntPrec(this.div(o).toBigInt() ?? 0n, this.prec);
      const work = Num.mulInto(o, ratio, this.prec, nanMessage);
      return Num.addInto(this, !work.negative, work, this.prec, nanMessage);
    } catch (e) {
      if (e instanceof NumNaNError) throw new NumNaNError(nanMessage);
      throw e;
    }
  }

  /** This is cty.PositiveInfinity or cty.NegativeInfinity itself (Go compares those by pointer). */
  private isInfinitySingleton(): boolean {
    return this === Num.PositiveInfinity || this === Num.NegativeInfinity;
  }

  /** The negation (−0 for 0, as big.Float.Neg). */
  neg(): Num {
    return new Num(this.form, !this.negative, this.mant, this.exp, this.prec);
  }
  abs(): Num {
    return this.negative ? this.neg() : this;
  }

  /** cty's pow: computed in float64 by Go's math.Pow, so the result has float64 precision. */
  pow(o: Num): Num {
    return Num.fromFloat64(goPow(this.toNumber(), o.toNumber()));
  }

  /** Toward zero, keeping precision (infinities unchanged). */
  trunc(): Num {
    if (this.form !== 'finite' || this.exp >= 0) return this;
    const i = this.mant >> BigInt(-this.exp);
    return Num.fromBigIntPrec(this.negative ? -i : i, this.prec);
  }
  /** cty's floor: the integer below, at this number's precision. */
  floor(): Num {
    if (this.form !== 'finite' || this.exp >= 0) return this;
    const i = this.toBigInt()!;
    return Num.fromBigIntPrec(this.negative ? i - 1n : i, this.prec);
  }
  /** cty's ceil: the integer above, at this number's precision. */
  ceil(): Num {
    if (this.form !== 'finite' || this.exp >= 0) return this;
    const i = this.toBigInt()!;
    return Num.fromBigIntPrec(this.negative ? i : i + 1n, this.prec);
  }

  // ---- comparison ----

  /** −1, 0 or 1; −0 equals +0 (big.Float.Cmp). */
  cmp(o: Num): number {
    const sa = this.sign();
    const sb = o.sign();
    if (sa !== sb) return sa < sb ? -1 : 1;
    if (sa === 0) return 0;
    const m = cmpMagnitude(this, o);
    return sa < 0 ? -m : m;
  }
  /** cty number equality: integers exactly, other numbers by their shortest decimal text (so 0.1 at 53 bits equals 0.1 at 512). */
  eq(o: Num): boolean {
    if (this.sign() !== o.sign()) return false;
    const ai = this.isInteger();
    const bi = o.isInteger();
    if (ai !== bi) return false;
    if (ai) return this.cmp(o) === 0;
    const a = this.toString();
    const b = o.toString();
    return (a === '-0' ? '0' : a) === (b === '-0' ? '0' : b);
  }
  lt(o: Num): boolean {
    return this.cmp(o) < 0;
  }
  gt(o: Num): boolean {
    return this.cmp(o) > 0;
  }
  le(o: Num): boolean {
    return this.cmp(o) <= 0;
  }
  ge(o: Num): boolean {
    return this.cmp(o) >= 0;
  }

  // ---- predicates ----

  /** −1, 0 (for ±0) or 1, as big.Float.Sign. */
  sign(): number {
    return this.form === 'zero' ? 0 : this.negative ? -1 : 1;
  }
  isZero(): boolean {
    return this.form === 'zero';
  }
  isInfinite(): boolean {
    return this.form === 'inf';
  }
  /** Whole number (infinities are not), as big.Float.IsInt. */
  isInteger(): boolean {
    return this.form === 'zero' || (this.form === 'finite' && this.exp >= 0);
  }

  // ---- conversion ----

  /** The nearest float64 (ties to even), as big.Float.Float64; ±Infinity beyond its range. */
  toNumber(): number {
    if (this.form === 'zero') return this.negative ? -0 : 0;
    if (this.form === 'inf') return this.negative ? -Infinity : Infinity;
    const e = this.exp + bitLength(this.mant); // value in [2^(e-1), 2^e)
    if (e > 1024) return this.negative ? -Infinity : Infinity;
    const ulp = Math.max(e - 53, -1074);
    let m = this.mant;
    if (this.exp < ulp) {
      const shift = BigInt(ulp - this.exp);
      const q = m >> shift;
      const rem = m & ((1n << shift) - 1n);
      const half = 1n << (shift - 1n);
      m = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
    } else {
      m <<= BigInt(this.exp - ulp);
    }
    const v = Number(m) * 2 ** ulp;
    return this.negative ? -v : v;
  }

  /** The integer part (truncated toward zero); undefined for infinities. */
  toBigInt(): bigint | undefined {
    if (this.form === 'inf') return undefined;
    const i = this.toBigIntTrunc();
    return this.negative ? -i : i;
  }

  /** The value as a JS integer when it is a whole number within ±(2^53 − 1); else undefined. */
  toSafeInteger(): number | undefined {
    if (!this.isInteger()) return undefined;
    const i = this.toBigInt()!;
    return i >= BigInt(Number.MIN_SAFE_INTEGER) && i <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(i) : undefined;
  }

  /** The value as an int64 when it is a whole number in range (big.Float.Int64 with Exact accuracy). */
  toInt64(): bigint | undefined {
    if (!this.isInteger()) return undefined;
    const i = this.toBigInt()!;
    return i >= -(2n ** 63n) && i < 2n ** 63n ? i : undefined;
  }

  /** cty's text for a number (big.Float.Text('f', -1)): no exponent, shortest digits that round-trip at this precision. */
  toString(): string {
    // Whole numbers below 2^prec print exactly; any shorter text would be at least 1 away, beyond half an ulp.
    if (this.form === 'finite' && this.exp >= 0 && this.exp + bitLength(this.mant) <= this.prec) {
      return (this.negative ? '-' : '') + (this.mant << BigInt(this.exp)).toString();
    }
    return floatText(this, 'f', -1);
  }

  /** big.Float.Text with any of Go's decimal formats. */
  text(format: 'f' | 'e' | 'E' | 'g' | 'G', prec: number): string {
    return floatText(this, format, prec);
  }

  /** Go's %v of the nearest float64 (`1e+30`, `0.3333333333333333`), as older Packer consoles print numbers. */
  toGoFloatString(): string {
    return formatGoFloat64(this.toNumber());
  }

  private toBigIntTrunc(): bigint {
    if (this.form !== 'finite') return 0n;
    return this.exp >= 0 ? this.mant << BigInt(this.exp) : this.mant >> BigInt(-this.exp);
  }
}


/** Compares |a| and |b| for nonzero finite or infinite a and b. */
function cmpMagnitude(a: Num, b: Num): number {
  if (a.form === 'inf' || b.form === 'inf') return a.form === b.form ? 0 : a.form === 'inf' ? 1 : -1;
  const ea = a.exp + bitLength(a.mant);
  const eb = b.exp + bitLength(b.mant);
  if (ea !== eb) return ea < eb ? -1 : 1;
  const e = Math.min(a.exp, b.exp);
  const am = a.mant << BigInt(a.exp - e);
  const bm = b.mant << BigInt(b.exp - e);
  return am < bm ? -1 : am > bm ? 1 : 0;
}
