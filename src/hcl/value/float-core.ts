// Binary floating-point primitives behind Num: Go big.Float rounding (ToNearestEven) on BigInt mantissas.

/** A finite nonzero magnitude `mant × 2^exp`, with `mant` odd (trailing zero bits stripped). */
export interface Mag {
  readonly mant: bigint;
  readonly exp: number;
}

/** Go's big.Float exponent limits (the exponent of 0.mant × 2^e form). */
export const MaxExp = 2147483647;
export const MinExp = -2147483648;

/** Number of significant bits of a nonnegative bigint (0 for 0). */
export function bitLength(n: bigint): number {
  if (n === 0n) return 0;
  const hex = n.toString(16);
  const lead = parseInt(hex[0]!, 16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(lead));
}

/** Number of trailing zero bits of a positive bigint. */
export function trailingZeros(n: bigint): number {
  let count = 0;
  let v = n;
  while ((v & 0xffffffffn) === 0n) {
    v >>= 32n;
    count += 32;
  }
  while ((v & 1n) === 0n) {
    v >>= 1n;
    count++;
  }
  return count;
}

/** Strips trailing zero bits so the mantissa is odd; mant must be positive. */
export function normalize(mant: bigint, exp: number): Mag {
  const tz = trailingZeros(mant);
  return tz === 0 ? { mant, exp } : { mant: mant >> BigInt(tz), exp: exp + tz };
}

/** Outcome of rounding: a finite magnitude, or an exponent that left big.Float's range. */
export type Rounded = Mag | 'overflow' | 'underflow';

/**
 * Rounds `mant × 2^exp` (mant > 0) to `prec` bits, half to even. `sticky` says the true value is
 * slightly above mant × 2^exp (nonzero bits were discarded below it); callers that pass it must
 * supply at least prec + 2 bits so that a tie can never be faked.
 */
export function roundMag(mant: bigint, exp: number, prec: number, sticky = false): Rounded {
  let m = mant;
  let e = exp;
  const bl = bitLength(m);
  if (bl > prec) {
    const shift = bl - prec;
    const bs = BigInt(shift);
    const q = m >> bs;
    const rem = m & ((1n << bs) - 1n);
    const half = 1n << (bs - 1n);
    const up = rem > half || (rem === half && (sticky || (q & 1n) === 1n));
    m = up ? q + 1n : q;
    e += shift;
  }
  const n = normalize(m, e);
  const goExp = n.exp + bitLength(n.mant);
  if (goExp > MaxExp) return 'overflow';
  if (goExp < MinExp) return 'underflow';
  return n;
}

/** Exact sum of two signed magnitudes; returns the sign and the (possibly zero) magnitude. */
export function addExact(an: boolean, a: Mag, bn: boolean, b: Mag): { neg: boolean; mant: bigint; exp: number } {
  const e = Math.min(a.exp, b.exp);
  const am = a.mant << BigInt(a.exp - e);
  const bm = b.mant << BigInt(b.exp - e);
  const sum = (an ? -am : am) + (bn ? -bm : bm);
  return sum < 0n ? { neg: true, mant: -sum, exp: e } : { neg: false, mant: sum, exp: e };
}

/** The quotient a / b rounded to prec bits (correctly rounded, as big.Float.Quo). */
export function quoMag(a: Mag, b: Mag, prec: number): Rounded {
  const need = prec + 2 - (bitLength(a.mant) - bitLength(b.mant)) + 1;
  const k = Math.max(0, need);
  const num = a.mant << BigInt(k);
  const q = num / b.mant;
  const r = num % b.mant;
  return roundMag(q, a.exp - b.exp - k, prec, r !== 0n);
}

/** The product a × b rounded to prec bits. */
export function mulMag(a: Mag, b: Mag, prec: number): Rounded {
  return roundMag(a.mant * b.mant, a.exp + b.exp, prec);
}

/** Exact decimal expansion of mant × 2^exp: digits with trailing zeros trimmed, value = 0.digits × 10^dexp. */
export function toDecimal(mant: bigint, exp: number): { digits: string; dexp: number } {
  if (mant === 0n) return { digits: '', dexp: 0 };
  let s: string;
  let dexp: number;
  if (exp >= 0) {
    s = (mant << BigInt(exp)).toString();
    dexp = s.length;
  } else {
    const k = -exp;
    s = (mant * 5n ** BigInt(k)).toString();
    dexp = s.length - k;
  }
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return { digits: s.slice(0, end), dexp };
}
