// mapstructure's WeakDecode for legacy JSON templates: "true" and 1 as bools, "" as 0, a single value as a list.
import type { Type } from '../../hcl/value/type.js';
import { Value } from '../../hcl/value/value.js';

const goTrue: ReadonlySet<string> = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const goFalse: ReadonlySet<string> = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False', '']);

/** Rewrites a known JSON value toward `want` where mapstructure would accept it but cty's convert would not. */
export function weaken(v: Value, want: Type): Value {
  if (!v.isKnown || v.isNull) return v;
  switch (want.kind) {
    case 'bool':
      if (v.type.kind === 'string') {
        const s = v.asString();
        if (goTrue.has(s)) return Value.True;
        if (goFalse.has(s)) return Value.False;
      }
      if (v.type.kind === 'number') return Value.bool(!v.asNum().isZero());
      return v;
    case 'number':
      if (v.type.kind === 'bool') return Value.number(v.asBool() ? 1 : 0);
      if (v.type.kind === 'string' && v.asString() === '') return Value.number(0);
      return v;
    case 'string':
      if (v.type.kind === 'bool') return Value.string(v.asBool() ? '1' : '0');
      return v;
    case 'list':
    case 'set': {
      const k = v.type.kind;
      if (k === 'tuple' || k === 'list' || k === 'set') return Value.tuple(v.elements().map((e) => weaken(e, want.element)));
      // An empty JSON object decodes as an empty slice; a single value becomes a one-element slice.
      if (k === 'object' && v.length === 0) return Value.tuple([]);
      if (k === 'string' || k === 'number' || k === 'bool') return Value.tuple([weaken(v, want.element)]);
      return v;
    }
    case 'map': {
      if (v.type.kind !== 'object' && v.type.kind !== 'map') return v;
      const attrs = new Map<string, Value>();
      for (const [key, e] of v.attributes()) attrs.set(key, weaken(e, want.element));
      return Value.object(attrs);
    }
    default:
      return v;
  }
}
