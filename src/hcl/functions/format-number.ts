// Go fmt's rendering of *big.Int and *big.Float operands, which cty's format leans on for numeric verbs.
import type { Num } from '../value/number.js';

/** The parsed flags, width and precision of one formatting verb (width/prec -1 when absent). */
export interface VerbSpec {
  zero: boolean;
  sharp: boolean;
  plus: boolean;
  minus: boolean;
  space: boolean;
  width: number;
  prec: number;
}

/** Go fmt never zero-pads when '-' is also given. */
function zeroPadding(f: VerbSpec): boolean {
  return f.zero && !f.minus;
}

/** big.Int's Format for %b %d %o %x %X: [left pad][sign][prefix][zero pad][digits][right pad]. */
export function formatBigInt(n: bigint, verb: 'b' | 'd' | 'o' | 'x' | 'X', f: VerbSpec): string {
  const base = verb === 'b' ? 2 : verb === 'o' ? 8 : verb === 'd' ? 10 : 16;
  const neg = n < 0n;
  const sign = neg ? '-' : f.plus ? '+' : f.space ? ' ' : '';
  let prefix = '';
  if (f.sharp) prefix = verb === 'b' ? '0b' : verb === 'o' ? '0' : verb === 'x' ? '0x' : verb === 'X' ? '0X' : '';
  let digits = (neg ? -n : n).toString(base);
  if (verb === 'X') digits = digits.toUpperCase();
  let zeros = 0;
  if (f.prec >= 0) {
    if (digits.length < f.prec) zeros = f.prec - digits.length;
    else if (digits === '0' && f.prec === 0) return '';
  }
  let left = 0;
  let right = 0;
  const length = sign.length + prefix.length + zeros + digits.length;
  if (f.width >= 0 && length < f.width) {
    const d = f.width - length;
    if (f.minus) right = d;
    else if (zeroPadding(f) && f.prec < 0) zeros = d;
    else left = d;
  }
  return ' '.repeat(left) + sign + prefix + '0'.repeat(zeros) + digits + ' '.repeat(right);
}

/** big.Float's Format for %e %E %f %g %G (default precision 6, shortest for %g). */
export function formatBigFloat(x: Num, verb: 'e' | 'E' | 'f' | 'g' | 'G', f: VerbSpec): string {
  let prec = f.prec >= 0 ? f.prec : 6;
  if ((verb === 'g' || verb === 'G') && f.prec < 0) prec = -1;
  let buf = x.text(verb, prec);
  let sign = '';
  if (buf[0] === '-') {
    sign = '-';
    buf = buf.slice(1);
  } else if (buf[0] === '+') {
    sign = f.space ? ' ' : '+';
    buf = buf.slice(1);
  } else if (f.plus) {
    sign = '+';
  } else if (f.space) {
    sign = ' ';
  }
  const padding = f.width >= 0 && f.width > sign.length + buf.length ? f.width - sign.length - buf.length : 0;
  if (zeroPadding(f) && !x.isInfinite()) return sign + '0'.repeat(padding) + buf;
  if (f.minus) return sign + buf + ' '.repeat(padding);
  return ' '.repeat(padding) + sign + buf;
}
