// A JSON value seen as an HCL expression: strings are native templates when a context is given, else literal.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { EvalContext } from '../eval/eval-context.js';
import type { Traversal } from '../ast/nodes.js';
import type { Pos, Range } from '../source/pos.js';
import { formatRange } from '../source/pos.js';
import type { Expression } from '../structure.js';
import { Num } from '../value/number.js';
import { DynamicType, StringType } from '../value/type.js';
import { DynamicVal, Value } from '../value/value.js';
import { jsonStartRange, type JsonNode, type JsonString } from './ast.js';
import { parseNativeExpression, parseNativeTemplate, parseNativeTraversalAbs } from './native-bridge.js';
import { goQuote } from './quote.js';

type Evaluated = { value: Value; diagnostics: Diagnostic[] };

export class JsonExpression implements Expression {
  constructor(readonly node: JsonNode) {}

  value(ctx: EvalContext | undefined): Evaluated {
    const n = this.node;
    switch (n.kind) {
      case 'string':
        return ctx === undefined ? { value: Value.string(n.value), diagnostics: [] } : evaluateTemplate(n, ctx);
      case 'number': {
        const num = Num.parse(n.text);
        return { value: num === undefined ? Value.unknown(DynamicType) : Value.number(num), diagnostics: [] };
      }
      case 'bool':
        return { value: Value.bool(n.value), diagnostics: [] };
      case 'null':
        return { value: Value.null(DynamicType), diagnostics: [] };
      case 'array': {
        const diagnostics: Diagnostic[] = [];
        const elems = n.values.map((v) => {
          const r = new JsonExpression(v).value(ctx);
          diagnostics.push(...r.diagnostics);
          return r.value;
        });
        return { value: Value.tuple(elems), diagnostics };
      }
      case 'object':
        return this.objectValue(ctx);
      case 'invalid':
        // lets a tree with broken parts still be partially evaluated
        return { value: DynamicVal, diagnostics: [] };
    }
  }

  /** Keys are templates too (in full expression mode), converted to string; duplicates after conversion are errors. */
  private objectValue(ctx: EvalContext | undefined): Evaluated {
    if (this.node.kind !== 'object') throw new Error('objectValue on a non-object');
    const diagnostics: Diagnostic[] = [];
    const attrs = new Map<string, Value>();
    const attrRanges = new Map<string, Range>();
    let known = true;
    for (const prop of this.node.properties) {
      const keyExpr = new JsonExpression({ kind: 'string', value: prop.name, range: prop.nameRange });
      const valueExpr = new JsonExpression(prop.value);
      const key = keyExpr.value(ctx);
      const val = valueExpr.value(ctx);
      diagnostics.push(...key.diagnostics, ...val.diagnostics);

      const keyDiag = (detail: string): Diagnostic => ({
        ...errorDiag('Invalid object key expression', detail, prop.nameRange),
        expression: valueExpr,
        ...(ctx !== undefined ? { evalContext: ctx } : {}),
      });
      const converted = keyToString(key.value.unmark());
      if (!converted.ok) {
        diagnostics.push(keyDiag(`Cannot use this expression as an object key: ${converted.error}.`));
        continue;
      }
      const name = converted.value;
      if (name.isNull) {
        diagnostics.push(keyDiag('Cannot use null value as an object key.'));
        continue;
      }
      if (!name.isKnown) {
        // an unknown key makes the whole object's type unknowable; keep going to collect other errors
        known = false;
        continue;
      }
      const s = name.asString();
      const previous = attrRanges.get(s);
      if (previous !== undefined) {
        diagnostics.push({
          ...errorDiag('Duplicate object attribute', `An attribute named ${goQuote(s)} was already defined at ${formatRange(previous)}.`, prop.nameRange),
          expression: this,
          ...(ctx !== undefined ? { evalContext: ctx } : {}),
        });
        continue;
      }
      attrs.set(s, val.value);
      attrRanges.set(s, prop.nameRange);
    }
    return { value: known ? Value.object(attrs) : DynamicVal, diagnostics };
  }

  variables(): Traversal[] {
    const n = this.node;
    switch (n.kind) {
      case 'string': {
        const parsed = parseNativeTemplate(n.value, n.range.filename, templateStart(n));
        return hasError(parsed.diagnostics) ? [] : parsed.expr.variables();
      }
      case 'array':
        return n.values.flatMap((v) => new JsonExpression(v).variables());
      case 'object':
        return n.properties.flatMap((p) => [
          ...new JsonExpression({ kind: 'string', value: p.name, range: p.nameRange }).variables(),
          ...new JsonExpression(p.value).variables(),
        ]);
      default:
        return [];
    }
  }

  range(): Range {
    return this.node.range;
  }

  startRange(): Range {
    return jsonStartRange(this.node);
  }

  /** A string holding traversal syntax (`"var.foo"`), parsed from the string's start position as HCL does. */
  asTraversal(): Traversal | undefined {
    const n = this.node;
    if (n.kind !== 'string') return undefined;
    const parsed = parseNativeTraversalAbs(n.value, n.range.filename, n.range.start);
    return hasError(parsed.diagnostics) ? undefined : parsed.traversal;
  }

  /** A string holding a native expression that is a call (`"list(string)"`). */
  asCall(): ReturnType<Expression['asCall']> {
    const n = this.node;
    if (n.kind !== 'string') return undefined;
    const parsed = parseNativeExpression(n.value, n.range.filename, n.range.start);
    return hasError(parsed.diagnostics) ? undefined : parsed.expr.asCall();
  }

  asList(): Expression[] | undefined {
    return this.node.kind === 'array' ? this.node.values.map((v) => new JsonExpression(v)) : undefined;
  }

  asMap(): { key: Expression; value: Expression }[] | undefined {
    if (this.node.kind !== 'object') return undefined;
    return this.node.properties.map((p) => ({
      key: new JsonExpression({ kind: 'string', value: p.name, range: p.nameRange }),
      value: new JsonExpression(p.value),
    }));
  }
}

/**
 * Parses and evaluates a string as a native template. Like HCL, the template starts just past the opening
 * quote; escapes that JSON decoding removed are not accounted for, so later columns can drift.
 */
function evaluateTemplate(n: JsonString, ctx: EvalContext): Evaluated {
  const parsed = parseNativeTemplate(n.value, n.range.filename, templateStart(n));
  if (hasError(parsed.diagnostics)) return { value: DynamicVal, diagnostics: parsed.diagnostics };
  const r = parsed.expr.value(ctx);
  return { value: r.value, diagnostics: [...parsed.diagnostics, ...r.diagnostics] };
}

/** cty's conversion to string, for the only values a key can produce that are not already strings. */
function keyToString(v: Value): { ok: true; value: Value } | { ok: false; error: string } {
  const t = v.type.kind;
  if (t === 'string') return { ok: true, value: v };
  if (t === 'dynamic' || !v.isKnown || v.isNull) {
    if (t === 'dynamic' || t === 'number' || t === 'bool') return { ok: true, value: v.isKnown ? Value.null(StringType) : Value.unknown(StringType) };
  }
  if (t === 'number') return { ok: true, value: Value.string(v.asNum().toString()) };
  if (t === 'bool') return { ok: true, value: Value.string(v.asBool() ? 'true' : 'false') };
  return { ok: false, error: 'string required' };
}

function templateStart(n: JsonString): Pos {
  const s = n.range.start;
  return { line: s.line, column: s.column + 1, byte: s.byte + 1 };
}

function hasError(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}
