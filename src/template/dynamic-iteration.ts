// The iteration state of dynamic blocks, and attribute expressions that see the iterator objects (hcl's exprWrap).
import type { Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import { EvalContext } from '../hcl/eval/eval-context.js';
import type { Range } from '../hcl/source/pos.js';
import type { Expression } from '../hcl/structure.js';
import { DynamicVal, Value, type Mark } from '../hcl/value/value.js';

/** One step of a dynamic block's iteration, with the iterations of the dynamic blocks around it. */
export interface Iteration {
  readonly name: string;
  readonly key: Value;
  readonly value: Value;
  readonly inherited: ReadonlyMap<string, Iteration>;
}

export function childIteration(parent: Iteration | undefined, name: string, key: Value, value: Value): Iteration {
  if (parent === undefined) return { name, key, value, inherited: new Map() };
  const inherited = new Map(parent.inherited);
  inherited.set(parent.name, parent);
  return { name, key, value, inherited };
}

/** The context an expression inside an iteration evaluates in: the caller's, plus the iterator objects. */
export function iterationContext(it: Iteration | undefined, base: EvalContext | undefined): EvalContext | undefined {
  if (it === undefined) return base;
  const vars = new Map<string, Value>();
  for (const [name, other] of it.inherited) vars.set(name, Value.object({ key: other.key, value: other.value }));
  vars.set(it.name, Value.object({ key: it.key, value: it.value }));
  return base === undefined ? new EvalContext({ variables: vars }) : base.newChild({ variables: vars });
}

/** An attribute expression evaluated with the iterator objects in scope (hcl's exprWrap). */
export class IterationExpression implements Expression {
  constructor(
    private readonly inner: Expression,
    private readonly iteration: Iteration | undefined,
    private readonly marks: ReadonlySet<Mark>,
    private readonly unknown: boolean,
  ) {}

  value(ctx: EvalContext | undefined): { value: Value; diagnostics: Diagnostic[] } {
    if (this.unknown) return { value: DynamicVal, diagnostics: [] };
    const r = this.inner.value(iterationContext(this.iteration, ctx));
    return this.marks.size === 0 ? r : { value: r.value.withMarks(this.marks), diagnostics: r.diagnostics };
  }
  variables(): ReturnType<Expression['variables']> {
    const it = this.iteration;
    const names = new Set<string>(it === undefined ? [] : [it.name, ...it.inherited.keys()]);
    return this.inner.variables().filter((t) => !(t[0]?.kind === 'root' && names.has(t[0].name)));
  }
  range(): Range {
    return this.inner.range();
  }
  startRange(): Range {
    return this.inner.startRange();
  }
  asTraversal(): ReturnType<Expression['asTraversal']> {
    return this.inner.asTraversal();
  }
  asCall(): ReturnType<Expression['asCall']> {
    return this.inner.asCall();
  }
  asList(): ReturnType<Expression['asList']> {
    return this.inner.asList();
  }
  asMap(): ReturnType<Expression['asMap']> {
    return this.inner.asMap();
  }
}
