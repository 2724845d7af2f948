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

/** log10(2), to estimate decimal exponents from binary ones. */
const Log10Of2 = 0.30102999566398120;

/** Rough length of toDecimal's digit string for mant × 2^exp (within a few digits). */
export function decimalLengthEstimate(mant: bigint, exp: number): number {
  const bl = bitLength(mant);
  return exp >= 0 ? Math.ceil((exp + bl) * Log10Of2) : Math.ceil(bl * Log10Of2 + -exp * (1 - Log10Of2)) + 1;
}

/** A binary float m × 2^e holding a bound on some positive real. */
interface Bound {
  m: bigint;
  e: number;
}

/** Cuts m × 2^e to at most `bits` bits, rounding down or (up) up, so the result stays a one-sided bound. */
function cut(m: bigint, e: number, bits: number, up: boolean): Bound {
  const extra = bitLength(m) - bits;
  if (extra <= 0) return { m, e };
  const sh = BigInt(extra);
  let q = m >> sh;
  if (up && (m & ((1n << sh) - 1n)) !== 0n) q += 1n;
  return { m: q, e: e + extra };
}

/** A lower (or, with `up`, upper) bound on 5^n with `bits` bits of mantissa, by left-to-right square-and-multiply. */
function pow5Bound(n: number, bits: number, up: boolean): Bound {
  let b: Bound = { m: 1n, e: 0 };
  for (let bit = 31 - Math.clz32(n); bit >= 0 && n > 0; bit--) {
    b = cut(b.m * b.m, 2 * b.e, bits, up);
    if ((n >>> bit) & 1) b = cut(b.m * 5n, b.e, bits, up);
  }
  return b;
}

/** floor or ceil of v × 2^t. */
function scale2(v: bigint, t: number, up: boolean): bigint {
  if (t >= 0) return v << BigInt(t);
  const sh = BigInt(-t);
  const q = v >> sh;
  return up && (v & ((1n << sh) - 1n)) !== 0n ? q + 1n : q;
}

/** floor or ceil of a × 2^t / b. */
function divScaled(a: bigint, t: number, b: bigint, up: boolean): bigint {
  const num = t >= 0 ? a << BigInt(t) : a;
  const den = t >= 0 ? b : b << BigInt(-t);
  const q = num / den;
  return up && q * den !== num ? q + 1n : q;
}

/** Guard bits kept below the last wanted digit, to certify that the digits beyond are not all zero. */
const GuardBits = 64;

/**
 * The first `k` (to k + 2) significant decimal digits of mant × 2^exp without expanding it in full: the value is
 * 0.digits… × 10^dexp and, certified, some digit after `digits` is nonzero. Works from rigorous lower and
 * upper bounds on value × 10^s; undefined when they cannot settle the digits (the value is within about
 * 2^-64 of a k-digit decimal, or is one), so that the caller can retry with more digits or expand exactly.
 */
export function leadingDecimal(mant: bigint, exp: number, k: number): { digits: string; dexp: number } | undefined {
  const top = exp + bitLength(mant); // value in [2^(top-1), 2^top)
  let s = k + 1 - (Math.floor((top - 1) * Log10Of2) + 1);
  for (let attempt = 0; attempt < 3; attempt++) {
    const n = Math.abs(s);
    if (n >= 2 ** 32) return undefined;
    // value × 10^s × 2^G is about 10^(k+1) × 2^G; bound 5^|s| tightly enough that its error stays in the guard bits.
    const bits = Math.ceil((k + 3) * 3.33) + GuardBits + 2 * (32 - Math.clz32(n)) + 32;
    const pLo = pow5Bound(n, bits, false);
    const pHi = pow5Bound(n, bits, true);
    const t = exp + s + GuardBits;
    const lo = s >= 0 ? scale2(mant * pLo.m, t + pLo.e, false) : divScaled(mant, t - pHi.e, pHi.m, false);
    const hi = s >= 0 ? scale2(mant * pHi.m, t + pHi.e, true) : divScaled(mant, t - pLo.e, pLo.m, true);
    const g = BigInt(GuardBits);
    const q = lo >> g;
    if (hi >> g !== q || (lo & ((1n << g) - 1n)) === 0n) return undefined;
    const digits = q.toString();
    if (digits.length < k || digits.length > k + 2) {
      s += k + 1 - digits.length;
      continue;
    }
    return { digits, dexp: digits.length - s };
  }
  return undefined;
}
