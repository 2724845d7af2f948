// A provisioner's `override = { <source name> = { … } }` applied to its body: the given arguments replace the block's.
import { errorDiag, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import { didYouMean } from '../hcl/diagnostics/suggest.js';
import type { EvalContext } from '../hcl/eval/eval-context.js';
import type { Range } from '../hcl/source/pos.js';
import type { Attribute, Body, BodyContent, BodySchema, Expression } from '../hcl/structure.js';
import type { Value } from '../hcl/value/value.js';

export interface OverrideArgument {
  value: Value;
  /** Where the override's value is written. */
  range: Range;
}

/** Wraps a body so the named arguments take the override's values (Packer passes them to Prepare last, so they win). */
export function overrideBody(body: Body, overrides: ReadonlyMap<string, OverrideArgument>): Body {
  return overrides.size === 0 ? body : new OverrideBody(body, overrides);
}

class OverrideBody implements Body {
  constructor(
    private readonly inner: Body,
    private readonly overrides: ReadonlyMap<string, OverrideArgument>,
  ) {}

  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const { content, diagnostics } = this.inner.content(this.loosen(schema));
    return { content: this.apply(schema, content, diagnostics, true), diagnostics };
  }

  partialContent(schema: BodySchema): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] } {
    const { content, remain, diagnostics } = this.inner.partialContent(this.loosen(schema));
    const used = new Set((schema.attributes ?? []).map((a) => a.name));
    const left = new Map([...this.overrides].filter(([k]) => !used.has(k)));
    return { content: this.apply(schema, content, diagnostics, false), remain: overrideBody(remain, left), diagnostics };
  }

  justAttributes(): { attributes: Map<string, Attribute>; diagnostics: Diagnostic[] } {
    const { attributes, diagnostics } = this.inner.justAttributes();
    for (const [name, o] of this.overrides) attributes.set(name, literalAttribute(name, o));
    return { attributes, diagnostics };
  }

  missingItemRange(): Range {
    return this.inner.missingItemRange();
  }

  private loosen(schema: BodySchema): BodySchema {
    if (schema.attributes === undefined) return schema;
    return { ...schema, attributes: schema.attributes.map((a) => (this.overrides.has(a.name) ? { name: a.name } : a)) };
  }

  private apply(schema: BodySchema, content: BodyContent, diags: Diagnostic[], strict: boolean): BodyContent {
    const names = (schema.attributes ?? []).map((a) => a.name);
    const attributes = new Map(content.attributes);
    for (const [name, o] of this.overrides) {
      if (names.includes(name)) attributes.set(name, literalAttribute(name, o));
      else if (strict) {
        diags.push(errorDiag('Unsupported argument', `An argument named "${name}" is not expected here.${didYouMean(name, names)}`, o.range));
      }
    }
    return { ...content, attributes };
  }
}

function literalAttribute(name: string, o: OverrideArgument): Attribute {
  return { name, expr: new LiteralExpression(o.value, o.range), range: o.range, nameRange: o.range };
}

/** An already-evaluated value standing in for an expression. */
export class LiteralExpression implements Expression {
  constructor(
    private readonly v: Value,
    private readonly r: Range,
  ) {}
  value(_ctx: EvalContext | undefined): { value: Value; diagnostics: Diagnostic[] } {
    return { value: this.v, diagnostics: [] };
  }
  variables(): ReturnType<Expression['variables']> {
    return [];
  }
  range(): Range {
    return this.r;
  }
  startRange(): Range {
    return this.r;
  }
  asTraversal(): ReturnType<Expression['asTraversal']> {
    return undefined;
  }
  asCall(): ReturnType<Expression['asCall']> {
    return undefined;
  }
  asList(): ReturnType<Expression['asList']> {
    return undefined;
  }
  asMap(): ReturnType<Expression['asMap']> {
    return undefined;
  }
}
