// Go's math.Log and math.Exp as they run on amd64 (assembly, not the portable Go code), so log() and pow()
// print the same last digit as Packer. JS's Math.log and Math.exp are different algorithms and differ by an ulp.
import { readFileSync } from 'node:fs';

// Constants are the nearest float64 of the assembly's decimal constants, written in their shortest form.
const view = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function fromBits(b: bigint): number {
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

const Ln2Hi = 0.6931471803691238;
const Ln2Lo = 1.9082149292705877e-10;
const HSqrt2 = 0.7071067811865476;
const L1 = 0.6666666666666735;
const L2 = 0.3999999999940942;
const L3 = 0.2857142874366239;
const L4 = 0.22222198432149784;
const L5 = 0.1818357216161805;
const L6 = 0.15313837699209373;
const L7 = 0.14798198605116586;

/**
 * math.Log on amd64 (log_amd64.s). The argument is split by bit masking, so a subnormal is not normalised
 * first, and the mantissa is doubled unless it is above √2/2 (the assembly's "not less than" compare).
 */
export function goLog(x: number): number {
  const b = bitsOf(x);
  if ((b & 0x7fffffffffffffffn) === 0n) return -Infinity;
  if (b >> 63n === 1n) return NaN;
  if (b >= 0x7ff0000000000000n) return x;
  let f1 = fromBits((b & 0x000fffffffffffffn) | 0x3fe0000000000000n);
  let k = Number((b >> 52n) & 0x7ffn) - 0x3fe;
  if (!(HSqrt2 < f1)) {
    k -= 1;
    f1 *= 2;
  }
  const f = f1 - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  const t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  const R = t1 + t2;
  const hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

const LOG2E = 1.4426950408889634;
const LN2U = 0.693147180559663;
const LN2L = 2.8235290563031577e-13;
const ExpOverflow = 7.09782712893384e2;
/** The Taylor coefficients of exp_amd64.s, highest order first, ending with 1/2 and 1. */
const taylor = [2.48015873015873e-5, 1.984126984126984e-4, 1.388888888888889e-3, 8.333333333333333e-3, 4.1666666666666664e-2, 0.16666666666666666, 0.5, 1.0];

/** CVTSD2SL: round to nearest even, with the "integer indefinite" value for anything outside int32. */
function cvtsd2sl(x: number): number {
  if (!(Math.abs(x) < 2 ** 31)) return -(2 ** 31);
  const r = Math.round(x);
  // Math.round rounds halves up; the processor rounds them to even.
  const even = r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
  return even >= 2 ** 31 ? -(2 ** 31) : even;
}

let fmaCache: boolean | undefined;

/** Go's exp_asm.go picks the FMA code path when the processor has AVX2 and FMA. */
function hostHasFma(): boolean {
  if (fmaCache !== undefined) return fmaCache;
  fmaCache = true;
  if (process.arch === 'x64' && process.platform === 'linux') {
    try {
      const flags = /^flags\s*:(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.split(/\s+/) ?? [];
      fmaCache = flags.includes('fma') && flags.includes('avx2');
    } catch {
      // Without /proc, assume a processor of this decade.
    }
  }
  return fmaCache;
}

/** math.Exp on amd64 (exp_amd64.s): Shibata's method, with fused multiply-adds on processors that have them. */
export function goExp(x: number, useFma: boolean = hostHasFma()): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > ExpOverflow) return Infinity;
  const n = cvtsd2sl(LOG2E * x);
  let r: number;
  if (useFma) {
    r = fma(-n, LN2U, x);
    r = fma(-n, LN2L, r);
  } else {
    r = x - n * LN2U;
    r = r - n * LN2L;
  }
  r *= 0.0625;
  let p = taylor[0]!;
  for (let i = 1; i < taylor.length; i++) p = useFma ? fma(p, r, taylor[i]!) : p * r + taylor[i]!;
  r *= p;
  for (let i = 0; i < 4; i++) {
    const t = r + 2;
    r = useFma && i === 3 ? fma(r, t, 1) : r * t;
  }
  if (!useFma) r += 1;
  const e = n + 0x3ff;
  if (e <= 0) return 0;
  if (e >= 0x7ff) return Infinity;
  return r * fromBits(BigInt(e) << 52n);
}

/** x as m × 2^e with an integer m (x finite and nonzero). */
function decompose(x: number): { m: bigint; e: number } {
  const b = bitsOf(x);
  const biased = Number((b >> 52n) & 0x7ffn);
  const frac = b & 0x000fffffffffffffn;
  const m = biased === 0 ? frac : frac | (1n << 52n);
  return { m: b >> 63n === 1n ? -m : m, e: (biased === 0 ? 1 : biased) - 1075 };
}

/** a × b + c with a single rounding (as VFMADD), for the finite, normal-range values exp works with. */
export function fma(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || a === 0 || b === 0) return a * b + c;
  if (c === 0) return a * b;
  const p = decompose(a);
  const q = decompose(b);
  const s = decompose(c);
  const pe = p.e + q.e;
  const e = Math.min(pe, s.e);
  const sum = ((p.m * q.m) << BigInt(pe - e)) + (s.m << BigInt(s.e - e));
  if (sum === 0n) return 0;
  const neg = sum < 0n;
  let mag = neg ? -sum : sum;
  let exp = e;
  const extra = mag.toString(2).length - 64;
  if (extra > 0) {
    // Keep 64 bits and fold the rest into a sticky bit, so one rounding to 53 bits below is still exact.
    const sticky = (mag & ((1n << BigInt(extra)) - 1n)) !== 0n;
    mag >>= BigInt(extra);
    if (sticky) mag |= 1n;
    exp += extra;
  }
  const r = scale(Number(mag), exp);
  return neg ? -r : r;
}

/** x × 2^e in steps that stay within float64's exponent range (exact unless the result is subnormal). */
function scale(x: number, e: number): number {
  let r = x;
  let k = e;
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
  }
  return r * 2 ** k;
}
