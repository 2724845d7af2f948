// Exact structural equality of two values (cty's RawEquals): same type, same knownness, same content, same marks.
import { typeEquals } from '../value/type.js';
import type { Value } from '../value/value.js';

export function rawEquals(a: Value, b: Value): boolean {
  if (!typeEquals(a.type, b.type)) return false;
  if (a.marks.size !== b.marks.size || [...a.marks].some((m) => !b.marks.has(m))) return false;
  if (a.isKnown !== b.isKnown) return false;
  if (!a.isKnown) return true;
  if (a.isNull || b.isNull) return a.isNull === b.isNull;
  switch (a.type.kind) {
    case 'string':
      return a.asString() === b.asString();
    case 'number':
      return a.asNum().eq(b.asNum());
    case 'bool':
      return a.asBool() === b.asBool();
    case 'list':
    case 'tuple':
    case 'set': {
      const x = a.elements();
      const y = b.elements();
      if (x.length !== y.length) return false;
      if (a.type.kind === 'set') return x.every((e) => y.some((f) => rawEquals(e, f)));
      return x.every((e, i) => rawEquals(e, y[i]!));
    }
    case 'map':
    case 'object': {
      const x = a.attributes();
      const y = b.attributes();
      if (x.size !== y.size) return false;
      for (const [k, v] of x) {
        const w = y.get(k);
        if (w === undefined || !rawEquals(v, w)) return false;
      }
      return true;
    }
    case 'dynamic':
      return true;
  }
}
