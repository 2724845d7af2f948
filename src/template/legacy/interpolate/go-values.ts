// What Go's fmt and text/template make of a template value (string, int, bool or nil).
import { goQuote } from '../../../hcl/diagnostics/go-quote.js';
import type { GoValue } from './funcs.js';

/** Go's reflect kind name of a template value, as error messages print it. */
export function goKind(v: GoValue): string {
  return typeof v === 'number' ? 'int' : typeof v === 'boolean' ? 'bool' : v === null ? 'nil' : 'string';
}

/** text/template's truth: false, 0, "" and nil are false. */
export function goTruth(v: GoValue): boolean {
  return v !== null && v !== false && v !== 0 && v !== '';
}

/** fmt.Sprint: operands printed with %v, a space between two operands when neither is a string. */
export function goSprint(args: readonly GoValue[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += goValueText(a);
  });
  return out;
}

export function goValueText(v: GoValue): string {
  return v === null ? '<nil>' : String(v);
}

/** %q of a template value, for printf. */
export function goQuoteValue(v: GoValue): string {
  if (typeof v === 'string') return goQuote(v);
  if (typeof v !== 'number') return `%!q(${goKind(v)}=${goValueText(v)})`;
  // strconv.QuoteRune: as Quote, but in single quotes, escaping ' rather than ".
  const ch = String.fromCodePoint(v);
  return `'${ch === '"' ? '"' : ch === "'" ? "\\'" : goQuote(ch).slice(1, -1)}'`;
}
