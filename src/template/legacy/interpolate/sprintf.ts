// Go's fmt.Sprintf for the values a template has (strings, ints, bools, nil): the verbs v s d q x X t c o b,
// flags - + 0 and space, width and precision, and Go's %!verb(type=value) / %!v(MISSING) / %!(EXTRA …) markers.
import type { GoValue } from './funcs.js';
import { goKind, goQuoteValue, goValueText } from './go-values.js';

interface Spec {
  minus: boolean;
  plus: boolean;
  zero: boolean;
  space: boolean;
  width: number | undefined;
  precision: number | undefined;
}

function bad(verb: string, v: GoValue): string {
  return v === null ? `%!${verb}(<nil>)` : `%!${verb}(${goKind(v)}=${goValueText(v)})`;
}

function integer(n: number, radix: number, spec: Spec, upper = false): string {
  let digits = Math.abs(n).toString(radix);
  if (upper) digits = digits.toUpperCase();
  if (spec.precision !== undefined) digits = digits.padStart(spec.precision, '0');
  const sign = n < 0 ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  if (spec.zero && !spec.minus && spec.precision === undefined && spec.width !== undefined) digits = digits.padStart(spec.width - sign.length, '0');
  return sign + digits;
}

function formatOne(verb: string, v: GoValue, spec: Spec): string {
  switch (verb) {
    case 'v':
      if (typeof v === 'number') return integer(v, 10, spec);
      return typeof v === 'string' && spec.precision !== undefined ? [...v].slice(0, spec.precision).join('') : goValueText(v);
    case 's':
      if (typeof v !== 'string') return bad(verb, v);
      return spec.precision !== undefined ? [...v].slice(0, spec.precision).join('') : v;
    case 'd':
      return typeof v === 'number' ? integer(v, 10, spec) : bad(verb, v);
    case 'o':
      return typeof v === 'number' ? integer(v, 8, spec) : bad(verb, v);
    case 'b':
      return typeof v === 'number' ? integer(v, 2, spec) : bad(verb, v);
    case 'x':
    case 'X':
      if (typeof v === 'number') return integer(v, 16, spec, verb === 'X');
      if (typeof v === 'string') {
        const hex = Buffer.from(v).toString('hex');
        return verb === 'X' ? hex.toUpperCase() : hex;
      }
      return bad(verb, v);
    case 'q':
      return v === null || typeof v === 'boolean' ? bad(verb, v) : goQuoteValue(v);
    case 'c':
      return typeof v === 'number' ? String.fromCodePoint(v) : bad(verb, v);
    case 't':
      return typeof v === 'boolean' ? String(v) : bad(verb, v);
    default:
      return bad(verb, v);
  }
}

function pad(text: string, spec: Spec, numeric: boolean): string {
  const width = spec.width ?? 0;
  const length = [...text].length;
  if (length >= width) return text;
  if (spec.minus) return text + ' '.repeat(width - length);
  // Numbers already carry their zero padding (after the sign); strings take zeros in front, as Go does.
  return (spec.zero && !numeric ? '0' : ' ').repeat(width - length) + text;
}

export function goSprintf(format: string, args: readonly GoValue[]): string {
  let out = '';
  let next = 0;
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (ch !== '%') {
      out += ch;
      i++;
      continue;
    }
    i++;
    const spec: Spec = { minus: false, plus: false, zero: false, space: false, width: undefined, precision: undefined };
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === '0') spec.zero = true;
      else if (f === ' ') spec.space = true;
      else if (f !== '#') break;
    }
    const width = /^\d+/.exec(format.slice(i));
    if (width !== null) {
      spec.width = Number(width[0]);
      i += width[0].length;
    }
    if (format[i] === '.') {
      const prec = /^\d*/.exec(format.slice(i + 1))![0];
      spec.precision = Number(prec || '0');
      i += 1 + prec.length;
    }
    const verb = format[i];
    if (verb === undefined) {
      out += '%!(NOVERB)';
      break;
    }
    i++;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (next >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const v = args[next++]!;
    out += pad(formatOne(verb, v, spec), spec, typeof v === 'number' && 'vdoxXb'.includes(verb));
  }
  if (next < args.length) {
    out += `%!(EXTRA ${args
      .slice(next)
      .map((a) => (a === null ? '<nil>' : `${goKind(a)}=${goValueText(a)}`))
      .join(', ')})`;
  }
  return out;
}
