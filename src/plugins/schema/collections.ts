// Collection field kinds: list(T) and map(T) (string-keyed), decoding each element with the element schema.
import { listOf, mapOf } from '../../hcl/value/type.js';
import type { DecodeOutcome, ValueSchema } from './value-schema.js';

export function list<T>(element: ValueSchema<T>): ValueSchema<T[]> {
  return {
    kind: 'list',
    type: listOf(element.type),
    typeName: `list of ${element.typeName}`,
    decode(v, site): DecodeOutcome<T[]> {
      const out: T[] = [];
      const elems = v.elements();
      for (let i = 0; i < elems.length; i++) {
        const r = element.decode(elems[i]!, site);
        if (!r.ok) return { ...r, error: `element ${i}: ${r.error}` };
        out.push(r.value);
      }
      return { ok: true, value: out };
    },
  };
}

export function map<T>(element: ValueSchema<T>): ValueSchema<Record<string, T>> {
  return {
    kind: 'map',
    type: mapOf(element.type),
    typeName: `map of ${element.typeName}`,
    decode(v, site): DecodeOutcome<Record<string, T>> {
      const out: Record<string, T> = {};
      for (const [k, e] of v.attributes()) {
        const r = element.decode(e, site);
        if (!r.ok) return { ...r, error: `element ${JSON.stringify(k)}: ${r.error}` };
        Object.defineProperty(out, k, { value: r.value, enumerable: true, writable: true, configurable: true });
      }
      return { ok: true, value: out };
    },
  };
}
