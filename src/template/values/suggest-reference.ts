// "Did you mean" for references to undeclared variables, locals and data sources (HCL's "Unsupported attribute" has none).
import type { Traversal } from '../../hcl/ast/nodes.js';
import type { Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { distance } from 'fastest-levenshtein';
import { nameSuggestion } from '../../hcl/diagnostics/suggest.js';
import type { EvalContext } from '../../hcl/eval/eval-context.js';
import { goQuote } from '../../hcl/eval/go-quote.js';
import type { Range } from '../../hcl/source/pos.js';
import type { Value } from '../../hcl/value/value.js';

const unsupported = 'This object does not have an attribute named ';

/** HCL's detail alone (`This object does not have an attribute named "x".`), without a hint added to it. */
function unsupportedDetail(detail: string): string {
  const m = /^This object does not have an attribute named "(?:[^"\\]|\\.)*"\./.exec(detail);
  return m === null ? '' : m[0];
}

function samePlace(a: Range, b: Range): boolean {
  return a.filename === b.filename && a.start.byte === b.start.byte && a.end.byte === b.end.byte;
}

/**
 * Appends ` Did you mean "x"?` to each "Unsupported attribute" diagnostic that comes from a step of one of
 * `traversals` (`local.nmae`, `var.regoin`, `data.http.exmaple.body`), naming the closest attribute that exists.
 */
export function suggestReferences(diags: Diagnostic[], traversals: readonly Traversal[], ctx: EvalContext): Diagnostic[] {
  return diags.map((d) => {
    if (d.summary !== 'Unsupported attribute' || d.subject === undefined || !d.detail?.startsWith(unsupported) || d.detail !== unsupportedDetail(d.detail)) return d;
    for (const t of traversals) {
      const i = t.findIndex((s) => samePlace(s.srcRange, d.subject!));
      const step = t[i];
      if (i < 1 || step?.kind !== 'attr') continue;
      const parent = prefixValue(t, i, ctx);
      if (parent === undefined) continue;
      const s = nameSuggestion(step.name, parent.type.kind === 'object' ? parent.type.attributes.keys() : []);
      if (s !== undefined) return { ...d, detail: `${d.detail} Did you mean ${goQuote(s)}?` };
      const none = undeclaredHint(t, i);
      return none === '' ? d : { ...d, detail: `${d.detail}${none}` };
    }
    return d;
  });
}

/** How to declare what `var.x`, `local.x` or `data.t.n` names, when nothing declared is close to it. */
function undeclaredHint(t: Traversal, i: number): string {
  const root = t[0]?.kind === 'root' ? t[0].name : '';
  const name = (k: number): string => {
    const s = t[k];
    return s?.kind === 'attr' ? s.name : '';
  };
  if (root === 'var' && i === 1) return ` No input variable named ${goQuote(name(1))} is declared: declare it with a variable ${goQuote(name(1))} block.`;
  if (root === 'local' && i === 1) return ` No local value named ${goQuote(name(1))} is declared: define it in a locals block.`;
  if (root === 'data' && i === 1) return ` No data source of type ${goQuote(name(1))} is declared.`;
  if (root === 'data' && i === 2) return ` No data source ${goQuote(name(1))} ${goQuote(name(2))} is declared.`;
  return '';
}

/**
 * A declared name close enough to an undeclared one to be what was meant: HCL's edit distance below 3, and at
 * most half the longer name (so `zz` does not suggest `s`).
 */
export function closeName(given: string, candidates: Iterable<string>): string | undefined {
  const s = nameSuggestion(given, candidates);
  if (s === undefined) return undefined;
  return distance(given, s) <= Math.max(given.length, s.length) / 2 ? s : undefined;
}

/** The value of the first `n` steps when they are a root and attribute steps over objects. */
function prefixValue(t: Traversal, n: number, ctx: EvalContext): Value | undefined {
  const root = t[0];
  if (root?.kind !== 'root') return undefined;
  let v = ctx.lookupVariable(root.name);
  for (let i = 1; i < n && v !== undefined; i++) {
    const s = t[i]!;
    if (s.kind !== 'attr' || v.type.kind !== 'object' || !v.isKnown || v.isNull) return undefined;
    v = v.attributes().get(s.name);
  }
  return v;
}

/**
 * Adds a "Did you mean" to each misspelt reference (`var.imgae`, `source.nmae`) and unknown function call that
 * lacks one, from the scope the expression was evaluated in. HCL suggests functions from the innermost scope
 * only, so a call inside a provisioner (whose scope only adds `source` and `build`) would get no suggestion.
 */
export function addSuggestions(diags: readonly Diagnostic[]): Diagnostic[] {
  return diags.map((d) => {
    const ctx = d.evalContext;
    if (ctx === undefined || d.expression === undefined || d.detail === undefined || d.detail.includes('Did you mean')) return d;
    if (d.summary === 'Unsupported attribute') return suggestReferences([d], d.expression.variables(), ctx)[0] ?? d;
    const call = d.expression.asCall();
    if (d.summary === 'Call to unknown function' && call !== undefined && !call.name.includes('::')) {
      const s = nameSuggestion(call.name, ctx.functionNames());
      return s === undefined ? d : { ...d, detail: `${d.detail} Did you mean ${goQuote(s)}?` };
    }
    return d;
  });
}
