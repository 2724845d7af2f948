// The values visible to expressions while variables, locals and data sources are evaluated, and the final EvalContext.
import type { Traversal } from '../../hcl/ast/nodes.js';
import type { AnyHclFunction } from '../../hcl/functions/function.js';
import { EvalContext } from '../../hcl/eval/eval-context.js';
import { EmptyObjectType, StringType } from '../../hcl/value/type.js';
import { Value } from '../../hcl/value/value.js';

export interface ScopeInit {
  functions: Map<string, AnyHclFunction>;
  /** path.root: the template directory as Packer's Basedir; path.cwd: the working directory. */
  rootDir: string;
  cwd: string;
  packerVersion: string;
}

/** `source` and `build` while locals and data sources are evaluated: not known yet. */
const unknownContextual: Record<string, Value> = {
  source: Value.object({ type: Value.unknown(StringType), name: Value.unknown(StringType) }),
  build: Value.unknown(EmptyObjectType),
};

/** Mutable value tables; each table's object value is rebuilt only after it changes. */
export class ValueScope {
  readonly vars = new Map<string, Value>();
  readonly locals = new Map<string, Value>();
  /** data type → data name → outputs */
  readonly data = new Map<string, Map<string, Value>>();
  private readonly fixed: Record<string, Value>;
  private varObj: Value | undefined;
  private localObj: Value | undefined;
  private dataObj: Value | undefined;

  constructor(private readonly init: ScopeInit) {
    const slash = (p: string): string => p.replaceAll('\\', '/');
    this.fixed = {
      path: Value.object({ cwd: Value.string(slash(init.cwd)), root: Value.string(slash(init.rootDir)) }),
      packer: Value.object({
        version: Value.string(init.packerVersion),
        iterationID: Value.unknown(StringType),
        versionFingerprint: Value.unknown(StringType),
      }),
    };
  }

  setVar(name: string, v: Value): void {
    this.vars.set(name, v);
    this.varObj = undefined;
  }
  setLocal(name: string, v: Value): void {
    this.locals.set(name, v);
    this.localObj = undefined;
  }
  setData(type: string, name: string, v: Value): void {
    let inner = this.data.get(type);
    if (inner === undefined) this.data.set(type, (inner = new Map()));
    inner.set(name, v);
    this.dataObj = undefined;
  }

  private tables(local: Value): Record<string, Value> {
    this.varObj ??= Value.object(this.vars);
    if (this.dataObj === undefined) {
      const data = new Map<string, Value>();
      for (const [type, inner] of this.data) data.set(type, Value.object(inner));
      this.dataObj = Value.object(data);
    }
    return { ...this.fixed, var: this.varObj, local, data: this.dataObj };
  }

  private allLocals(): Value {
    this.localObj ??= Value.object(this.locals);
    return this.localObj;
  }

  /**
   * The context locals and data sources are evaluated in (Packer's LocalContext: `source` and `build` unknown).
   * Given the expression's traversals, `local` holds just the locals it names, which keeps evaluating many
   * locals linear; a reference that names no local statically (`local[k]`) gets them all.
   */
  evalContext(traversals?: readonly Traversal[]): EvalContext {
    return new EvalContext({
      variables: {
        ...this.tables(traversals === undefined ? this.allLocals() : this.localsFor(traversals)),
        ...unknownContextual,
      },
      functions: this.init.functions,
    });
  }

  private localsFor(traversals: readonly Traversal[]): Value {
    const named = new Map<string, Value>();
    for (const t of traversals) {
      if (t[0]?.kind !== 'root' || t[0].name !== 'local') continue;
      const step = t[1];
      if (step?.kind !== 'attr') return this.allLocals();
      const v = this.locals.get(step.name);
      if (v !== undefined) named.set(step.name, v);
    }
    return named.size === 0 && this.locals.size === 0 ? this.allLocals() : Value.object(named);
  }

  /** The final context: var, local, data, path, packer and the function library. */
  finalContext(): EvalContext {
    return new EvalContext({ variables: this.tables(this.allLocals()), functions: this.init.functions });
  }
}
