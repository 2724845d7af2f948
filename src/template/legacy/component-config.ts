// Turns a legacy component's JSON keys into interpolated values and decodes them with the plugin's schema.
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { JsonNode, JsonProperty } from '../../hcl/json/ast.js';
import type { Range } from '../../hcl/source/pos.js';
import { Num } from '../../hcl/value/number.js';
import { DynamicType } from '../../hcl/value/type.js';
import { Value } from '../../hcl/value/value.js';
import type { ComponentPlugin, RawAttribute } from '../../plugins/types.js';
import { interpolate, templateErrorText } from './interpolate/evaluate.js';
import type { InterpolateContext } from './interpolate/funcs.js';
import { rangeInString } from './positions.js';

/** A JSON node as a value, every string interpolated; template errors point inside the string. */
export function nodeToValue(node: JsonNode, ctx: InterpolateContext, src: string | undefined, diags: Diagnostic[], key = ''): Value {
  // Post-order on an explicit stack, so arrays nested as deep as Go's decoder allows (10,000) convert too:
  // a collection is built once its children's values are on `done`, which leaves take in document order.
  const todo: { node: JsonNode; key: string; expanded: boolean }[] = [{ node, key, expanded: false }];
  const done: Value[] = [];
  while (todo.length > 0) {
    const t = todo.pop()!;
    const n = t.node;
    if (n.kind === 'array' || n.kind === 'object') {
      if (!t.expanded) {
        todo.push({ ...t, expanded: true });
        if (n.kind === 'array') for (let i = n.values.length - 1; i >= 0; i--) todo.push({ node: n.values[i]!, key: t.key, expanded: false });
        else {
          for (let i = n.properties.length - 1; i >= 0; i--) {
            const p = n.properties[i]!;
            todo.push({ node: p.value, key: t.key === '' ? p.name : `${t.key}.${p.name}`, expanded: false });
          }
        }
        continue;
      }
      if (n.kind === 'array') done.push(Value.tuple(done.splice(done.length - n.values.length)));
      else {
        const vals = done.splice(done.length - n.properties.length);
        const attrs = new Map<string, Value>();
        n.properties.forEach((p, i) => attrs.set(p.name, vals[i]!));
        done.push(Value.object(attrs));
      }
      continue;
    }
    done.push(leafToValue(n, ctx, src, diags, t.key));
  }
  return done[0]!;
}

function leafToValue(node: Exclude<JsonNode, { kind: 'array' | 'object' }>, ctx: InterpolateContext, src: string | undefined, diags: Diagnostic[], key: string): Value {
  switch (node.kind) {
    case 'string': {
      const r = interpolate(node.value, ctx);
      if ('value' in r) return Value.string(r.value);
      const detail = key === '' ? templateErrorText(r.error) : `invalid '${key}': ${templateErrorText(r.error)}`;
      diags.push(errorDiag('Template error', detail, rangeInString(node, src, r.error.offset, r.error.end), node.range));
      return Value.unknown({ kind: 'string' });
    }
    case 'number': {
      const n = Num.parse(node.text);
      return n === undefined ? Value.unknown({ kind: 'number' }) : Value.number(n);
    }
    case 'bool':
      return Value.bool(node.value);
    case 'null':
      return Value.null(DynamicType);
    case 'invalid':
      return Value.unknown(DynamicType);
  }
}

/**
 * Interpolates the properties (later ones win, as in Go maps decoded from JSON). Those in `atRuntime` keep
 * their build-data actions (`{{ .Path }}`) for the plugin to fill in while it runs, whatever data `ctx` has.
 */
export function propertiesToAttributes(
  props: readonly JsonProperty[],
  ctx: InterpolateContext,
  src: string | undefined,
  diags: Diagnostic[],
  atRuntime: readonly string[] = [],
): Map<string, RawAttribute> {
  const attrs = new Map<string, RawAttribute>();
  const deferred: InterpolateContext = { ...ctx, data: 'defer' };
  for (const p of props) {
    const value = nodeToValue(p.value, atRuntime.includes(p.name) ? deferred : ctx, src, diags, p.name);
    attrs.set(p.name, { value, range: p.value.range, nameRange: p.nameRange });
  }
  return attrs;
}

/** Decodes the properties with the plugin's schema; template errors come first and skip the decode. */
export function decodeComponent(
  plugin: ComponentPlugin,
  props: readonly JsonProperty[],
  blockRange: Range,
  ctx: InterpolateContext,
  src: string | undefined,
): { config: unknown; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const attrs = propertiesToAttributes(props, ctx, src, diagnostics, plugin.renderedAtRuntime);
  const decoded = plugin.schema.decodeAttributes(attrs, blockRange);
  diagnostics.push(...decoded.diagnostics);
  return { config: decoded.value, diagnostics };
}

/** Build data as the strings Go templates print. */
export function buildDataStrings(buildData: ReadonlyMap<string, Value>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of buildData) {
    if (!v.isKnown || v.isNull) continue;
    if (v.type.kind === 'string') out.set(k, v.asString());
    else if (v.type.kind === 'number') out.set(k, v.asNum().toString());
    else if (v.type.kind === 'bool') out.set(k, String(v.asBool()));
  }
  return out;
}
