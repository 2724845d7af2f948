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
import { jsonStartRange, type JsonArray, type JsonNode, type JsonObject, type JsonProperty, type JsonString } from './ast.js';
import { parseNativeExpression, parseNativeTemplate, parseNativeTraversalAbs } from './native-bridge.js';
import { goQuote } from './quote.js';

type Evaluated = { value: Value; diagnostics: Diagnostic[] };

export class JsonExpression implements Expression {
  constructor(readonly node: JsonNode) {}

  value(ctx: EvalContext | undefined): Evaluated {
    return evaluateJson(this.node, ctx);
  }

  variables(): Traversal[] {
    // Depth-first in source order (an object's key before its value), on an explicit stack.
    const out: Traversal[] = [];
    const todo: JsonNode[] = [this.node];
    while (todo.length > 0) {
      const n = todo.pop()!;
      switch (n.kind) {
        case 'string': {
          const parsed = parseNativeTemplate(n.value, n.range.filename, templateStart(n));
          if (!hasError(parsed.diagnostics)) out.push(...parsed.expr.variables());
          break;
        }
        case 'array':
          for (let i = n.values.length - 1; i >= 0; i--) todo.push(n.values[i]!);
          break;
        case 'object':
          for (let i = n.properties.length - 1; i >= 0; i--) {
            const p = n.properties[i]!;
            todo.push(p.value, nameNode(p));
          }
          break;
        default:
          break;
      }
    }
    return out;
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
      key: new JsonExpression(nameNode(p)),
      value: new JsonExpression(p.value),
    }));
  }
}

/** A property name as a string node (keys are templates too, in full expression mode). */
function nameNode(p: JsonProperty): JsonString {
  return { kind: 'string', value: p.name, range: p.nameRange };
}

/** An array or object whose children are evaluated first (objects: name, value, name, value...). */
interface OpenContainer {
  readonly node: JsonArray | JsonObject;
  readonly children: readonly JsonNode[];
  readonly results: Evaluated[];
}

/** A JSON value's value, children before parents on an explicit stack, so any nesting depth is fine. */
function evaluateJson(root: JsonNode, ctx: EvalContext | undefined): Evaluated {
  const open: OpenContainer[] = [];
  let node: JsonNode | undefined = root;
  for (;;) {
    let result: Evaluated;
    if (node !== undefined && (node.kind === 'array' || node.kind === 'object')) {
      const children = node.kind === 'array' ? node.values : node.properties.flatMap((p) => [nameNode(p), p.value]);
      open.push({ node, children, results: [] });
      node = undefined;
    } else if (node !== undefined) {
      result = scalarValue(node, ctx);
      node = undefined;
      const c = open[open.length - 1];
      if (c === undefined) return result;
      c.results.push(result);
    }
    const c = open[open.length - 1]!;
    if (c.results.length < c.children.length) {
      node = c.children[c.results.length]!;
      continue;
    }
    open.pop();
    result = c.node.kind === 'array' ? arrayValue(c.results) : objectValue(c.node, c.results, ctx);
    const outer = open[open.length - 1];
    if (outer === undefined) return result;
    outer.results.push(result);
  }
}

function scalarValue(n: Exclude<JsonNode, JsonArray | JsonObject>, ctx: EvalContext | undefined): Evaluated {
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
    case 'invalid':
      // lets a tree with broken parts still be partially evaluated
      return { value: DynamicVal, diagnostics: [] };
  }
}

function arrayValue(elems: readonly Evaluated[]): Evaluated {
  const diagnostics: Diagnostic[] = [];
  for (const e of elems) diagnostics.push(...e.diagnostics);
  return { value: Value.tuple(elems.map((e) => e.value)), diagnostics };
}

/** Keys are templates too (in full expression mode), converted to string; duplicates after conversion are errors. */
function objectValue(node: JsonObject, results: readonly Evaluated[], ctx: EvalContext | undefined): Evaluated {
  const diagnostics: Diagnostic[] = [];
  const attrs = new Map<string, Value>();
  const attrRanges = new Map<string, Range>();
  let known = true;
  node.properties.forEach((prop, i) => {
    const key = results[2 * i]!;
    const val = results[2 * i + 1]!;
    diagnostics.push(...key.diagnostics, ...val.diagnostics);

    const keyDiag = (detail: string): Diagnostic => ({
      ...errorDiag('Invalid object key expression', detail, prop.nameRange),
      expression: new JsonExpression(prop.value),
      ...(ctx !== undefined ? { evalContext: ctx } : {}),
    });
    const converted = keyToString(key.value.unmark());
    if (!converted.ok) {
      diagnostics.push(keyDiag(`Cannot use this expression as an object key: ${converted.error}.`));
      return;
    }
    const name = converted.value;
    if (name.isNull) {
      diagnostics.push(keyDiag('Cannot use null value as an object key.'));
      return;
    }
    if (!name.isKnown) {
      // an unknown key makes the whole object's type unknowable; keep going to collect other errors
      known = false;
      return;
    }
    const s = name.asString();
    const previous = attrRanges.get(s);
    if (previous !== undefined) {
      diagnostics.push({
        ...errorDiag('Duplicate object attribute', `An attribute named ${goQuote(s)} was already defined at ${formatRange(previous)}.`, prop.nameRange),
        expression: new JsonExpression(node),
        ...(ctx !== undefined ? { evalContext: ctx } : {}),
      });
      return;
    }
    attrs.set(s, val.value);
    attrRanges.set(s, prop.nameRange);
  });
  return { value: known ? Value.object(attrs) : DynamicVal, diagnostics };
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
