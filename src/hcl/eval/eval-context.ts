// Evaluation scopes: variables and functions, each scope chained to its parent.
import type { AnyHclFunction as HclFunction } from '../functions/function.js';
import type { Value } from '../value/value.js';

export class EvalContext {
  readonly variables: Map<string, Value>;
  readonly functions: Map<string, HclFunction>;
  readonly parent: EvalContext | undefined;

  constructor(
    init: { variables?: Map<string, Value> | Record<string, Value>; functions?: Map<string, HclFunction> } = {},
    parent?: EvalContext,
  ) {
    const vars = init.variables;
    if (vars instanceof Map) {
      this.variables = vars;
    } else {
      this.variables = new Map();
      if (vars !== undefined) for (const name of Object.keys(vars)) this.variables.set(name, vars[name]!);
    }
    this.functions = init.functions ?? new Map();
    this.parent = parent;
  }

  newChild(init: { variables?: Map<string, Value> | Record<string, Value>; functions?: Map<string, HclFunction> } = {}): EvalContext {
    return new EvalContext(init, this);
  }

  lookupVariable(name: string): Value | undefined {
    for (let c: EvalContext | undefined = this; c; c = c.parent) {
      const v = c.variables.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  lookupFunction(name: string): HclFunction | undefined {
    for (let c: EvalContext | undefined = this; c; c = c.parent) {
      const f = c.functions.get(name);
      if (f !== undefined) return f;
    }
    return undefined;
  }

  /** True if any scope defines functions at all (HCL says "Function calls not allowed" otherwise). */
  hasFunctions(): boolean {
    for (let c: EvalContext | undefined = this; c; c = c.parent) if (c.functions.size > 0) return true;
    return false;
  }

  /** All variable names visible from this scope (for "Did you mean"). */
  variableNames(): string[] {
    const names = new Set<string>();
    for (let c: EvalContext | undefined = this; c; c = c.parent) for (const k of c.variables.keys()) names.add(k);
    return [...names];
  }

  functionNames(): string[] {
    const names = new Set<string>();
    for (let c: EvalContext | undefined = this; c; c = c.parent) for (const k of c.functions.keys()) names.add(k);
    return [...names];
  }
}
