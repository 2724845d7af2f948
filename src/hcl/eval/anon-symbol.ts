// The current element a splat expression binds to its placeholder symbol while evaluating `each`.
import type { AnonSymbolExpr } from '../ast/nodes.js';
import { DynamicVal, type Value } from '../value/value.js';

// Evaluation is synchronous, so a binding set around one `each` evaluation cannot leak into another.
const bindings = new Map<AnonSymbolExpr, Value>();

/** The bound element, or an unknown value when the symbol is evaluated outside its splat. */
export function anonSymbolValue(sym: AnonSymbolExpr): Value {
  return bindings.get(sym) ?? DynamicVal;
}

/** Binds sym to value until the returned function is called, which restores any previous binding. */
export function bindAnonSymbol(sym: AnonSymbolExpr, value: Value): () => void {
  const had = bindings.has(sym);
  const prev = bindings.get(sym);
  bindings.set(sym, value);
  return () => {
    if (had) bindings.set(sym, prev!);
    else bindings.delete(sym);
  };
}
