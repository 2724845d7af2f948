// Decimal text to binary float exactly as cty.ParseNumberVal does (Go big.ParseFloat, base 10, 512 bits).
import { MaxExp, MinExp, bitLength, mulMag, normalize, quoMag, roundMag, type Mag, type Rounded } from './float-core.js';
import type { FloatParts } from './number-format.js';

/** Mantissa precision of numbers parsed from text. */
export const ParsePrecision = 512;

const grammar = /^([+-]?)(\d*)(?:\.(\d*))?(?:([eEpP])([+-]?\d+))?$/;

/**
 * Parses `[sign] digits [. digits] [(e|E|p|P) [sign] digits]` or `[sign] (Inf|inf)`, as Go's
 * big.Float.Parse with base 10 accepts (no spaces, underscores or prefixes); undefined if malformed.
 */
export function parseFloatParts(s: string, prec = ParsePrecision): FloatParts | undefined {
  if (s === 'Inf' || s === 'inf') return { form: 'inf', negative: false, mant: 0n, exp: 0, prec };
  if (s.length === 4 && (s[0] === '+' || s[0] === '-') && (s.slice(1) === 'Inf' || s.slice(1) === 'inf')) {
    return { form: 'inf', negative: s[0] === '-', mant: 0n, exp: 0, prec };
  }
  const m = grammar.exec(s);
  if (!m) return undefined;
  const neg = m[1] === '-';
  const intDigits = m[2] ?? '';
  const fracDigits = m[3] ?? '';
  if (intDigits.length + fracDigits.length === 0) return undefined;
  const expText = m[5];
  let exp10 = 0n;
  if (expText !== undefined) {
    exp10 = BigInt(expText);
    // Go reads the exponent as an int64.
    if (exp10 > 9223372036854775807n || exp10 < -9223372036854775808n) return undefined;
  }
  const M = BigInt(intDigits + fracDigits || '0');
  if (M === 0n) return { form: 'zero', negative: neg, mant: 0n, exp: 0, prec };
  const fcount = -fracDigits.length;
  const binaryExp = m[4] === 'p' || m[4] === 'P';
  const exp5 = BigInt(fcount) + (binaryExp ? 0n : exp10);
  const exp2 = BigInt(bitLength(M)) + BigInt(fcount) + exp10;
  if (exp2 < BigInt(MinExp) || exp2 > BigInt(MaxExp)) return undefined;
  // z = M × 2^(exp2 - bitlen(M)), unrounded, as Go holds it before scaling by 5^exp5.
  const z = normalize(M, Number(exp2) - bitLength(M));
  let r: Rounded;
  if (exp5 === 0n) {
    r = roundMag(z.mant, z.exp, prec);
  } else {
    const p = pow5(exp5 < 0n ? -exp5 : exp5, prec + 64);
    if (p === 'inf') r = exp5 < 0n ? 'underflow' : 'overflow';
    else r = exp5 < 0n ? quoMag(z, p, prec) : mulMag(z, p, prec);
  }
  if (r === 'overflow') return { form: 'inf', negative: neg, mant: 0n, exp: 0, prec };
  if (r === 'underflow') return { form: 'zero', negative: neg, mant: 0n, exp: 0, prec };
  return { form: 'finite', negative: neg, mant: r.mant, exp: r.exp, prec };
}

const pow5Exact = 27n;

/** 5^n at precision `prec`, by Go's square-and-multiply with its intermediate roundings ('inf' past big.Float's range). */
function pow5(n: bigint, prec: number): Mag | 'inf' {
  if (n <= pow5Exact) return normalize(5n ** n, 0);
  let z: Mag | 'inf' = normalize(5n ** pow5Exact, 0);
  let f: Mag | 'inf' = { mant: 5n, exp: 0 };
  let k = n - pow5Exact;
  while (k > 0n) {
    if ((k & 1n) === 1n) z = z === 'inf' || f === 'inf' ? 'inf' : finiteOrInf(mulMag(z, f, prec));
    f = f === 'inf' ? 'inf' : finiteOrInf(mulMag(f, f, prec + 64));
    k >>= 1n;
  }
  return z;
}

function finiteOrInf(r: Rounded): Mag | 'inf' {
  // A power of five can only overflow, never underflow.
  return typeof r === 'string' ? 'inf' : r;
}
