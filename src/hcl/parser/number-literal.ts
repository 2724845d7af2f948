// Number literal tokens to values, with HCL's "Invalid number literal" and a cache for repeated literals.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Token } from '../lexer/token.js';
import { Value } from '../value/value.js';
import { NumberType } from '../value/type.js';
import { Num } from '../value/number.js';

const numberSyntax = /^[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?$/;

/** The value of a number literal token, or an unknown number with "Invalid number literal". */
export function numberLitValue(tok: Token): { value: Value; diags: Diagnostic[] } {
  const cached = numberLitCache.get(tok.text);
  if (cached !== undefined) return { value: cached, diags: [] };
  const n = numberSyntax.test(tok.text) ? Num.parse(tok.text) : undefined;
  if (n === undefined) {
    return {
      value: Value.unknown(NumberType),
      diags: [errorDiag('Invalid number literal', 'Failed to recognize the value of this number literal.', tok.range)],
    };
  }
  const value = Value.number(n);
  if (numberLitCache.size >= numberLitCacheLimit) numberLitCache.clear();
  numberLitCache.set(tok.text, value);
  return { value, diags: [] };
}

/** Values are immutable, so the same literal text can share one parsed value (templates repeat small numbers). */
const numberLitCache = new Map<string, Value>();
const numberLitCacheLimit = 4096;
