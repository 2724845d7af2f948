// Static traversals: looking a root name up in the scope chain, then applying attribute and index steps.
import type { Traversal, Traverser } from '../ast/nodes.js';
import { errorDiag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nameSuggestion } from '../diagnostics/suggest.js';
import { DynamicVal, Value } from '../value/value.js';
import type { EvalContext } from './eval-context.js';
import { getAttrValue } from './get-attr.js';
import { goQuote } from './go-quote.js';
import { indexValue } from './index-op.js';

type Out = { value: Value; diagnostics: Diagnostic[] };

/** Evaluates an absolute traversal (`var.x[0]`) against the scope chain. */
export function traverseAbs(traversal: Traversal, ctx: EvalContext | undefined): Out {
  const root = traversal[0];
  if (root === undefined || root.kind !== 'root') return { value: DynamicVal, diagnostics: [] };
  const found = ctx?.lookupVariable(root.name);
  if (found !== undefined) return traverseRel(found, traversal, 1);
  const names = ctx?.variableNames() ?? [];
  if (names.length === 0) {
    return {
      value: DynamicVal,
      diagnostics: [errorDiag('Variables not allowed', 'Variables may not be used here.', root.srcRange)],
    };
  }
  const s = nameSuggestion(root.name, names);
  const hint = s === undefined ? '' : ` Did you mean ${goQuote(s)}?`;
  return {
    value: DynamicVal,
    diagnostics: [errorDiag('Unknown variable', `There is no variable named ${goQuote(root.name)}.${hint}`, root.srcRange)],
  };
}

/** Applies relative steps (`.a`, `[0]`) from steps[from] on to a value, stopping at the first error. */
export function traverseRel(value: Value, steps: readonly Traverser[], from = 0): Out {
  let current = value;
  const diagnostics: Diagnostic[] = [];
  for (let i = from; i < steps.length; i++) {
    const step = steps[i]!;
    let r: Out;
    switch (step.kind) {
      case 'attr':
        r = getAttrValue(current, step.name, step.srcRange);
        break;
      case 'index':
        r = indexValue(current, step.key, step.srcRange);
        break;
      case 'splat':
        return legacySplat(current, steps.slice(i + 1), diagnostics);
      case 'root':
        r = { value: DynamicVal, diagnostics: [] };
        break;
    }
    if (r.diagnostics.length > 0) {
      diagnostics.push(...r.diagnostics);
      if (hasErrors(r.diagnostics)) return { value: DynamicVal, diagnostics };
    }
    current = r.value;
  }
  return { value: current, diagnostics };
}

/** A `.*` step inside a traversal: the rest of the steps applied to every element, giving a tuple. */
function legacySplat(value: Value, rest: readonly Traverser[], diagnostics: Diagnostic[]): Out {
  if (value.isNull) return { value: Value.tuple([]), diagnostics };
  const k = value.type.kind;
  if (!value.isKnown || k === 'dynamic') return { value: DynamicVal, diagnostics };
  const elems = k === 'list' || k === 'set' || k === 'tuple' ? value.unmark().elements() : [value.unmark()];
  const out: Value[] = [];
  for (const e of elems) {
    const r = traverseRel(e, rest);
    diagnostics.push(...r.diagnostics);
    if (hasErrors(r.diagnostics)) return { value: DynamicVal, diagnostics };
    out.push(r.value);
  }
  return { value: Value.tuple(out).withMarks(value.marks), diagnostics };
}
