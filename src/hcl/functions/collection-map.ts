// Map and object functions: keys, values, lookup, merge, zipmap (and Terraform's transpose).
import { FunctionArgError, FunctionError, type HclFunction } from './function.js';
import { goQuote, param, tryConvert } from './helpers.js';
import {
  DynamicType,
  StringType,
  friendlyTypeName,
  listOf,
  mapOf,
  objectAttributeNames,
  objectOf,
  tupleOf,
  typeEquals,
  type Type,
} from '../value/type.js';
import { Value, type Mark } from '../value/value.js';

const keys: HclFunction = {
  params: [param('inputMap', DynamicType, { allowUnknown: true, allowMarked: true })],
  returnType(args) {
    const t = args[0]!.type;
    if (t.kind === 'map') return listOf(StringType);
    if (t.kind === 'object') return tupleOf(objectAttributeNames(t).map(() => StringType));
    if (t.kind === 'dynamic') return DynamicType;
    throw new FunctionArgError(0, 'must have map or object type');
  },
  impl(args, retType) {
    const m = args[0]!.unmark();
    const marks = args[0]!.marks;
    if (m.type.kind === 'object') return Value.tuple(objectAttributeNames(m.type).map(Value.string)).withMarks(marks);
    if (!m.isKnown) return Value.unknown(retType).withMarks(marks);
    return Value.list([...m.attributes().keys()].map(Value.string), StringType).withMarks(marks);
  },
};

const values: HclFunction = {
  params: [param('mapping', DynamicType, { allowMarked: true })],
  returnType(args) {
    const t = args[0]!.type;
    if (t.kind === 'map') return listOf(t.element);
    if (t.kind === 'object') return tupleOf(objectAttributeNames(t).map((n) => t.attributes.get(n)!));
    if (t.kind === 'dynamic') return DynamicType;
    throw new FunctionError('values() requires a map as the first argument');
  },
  impl(args, retType) {
    const m = args[0]!.unmark();
    const vals = [...m.attributes().values()];
    const marks = args[0]!.marks;
    if (retType.kind === 'tuple') return Value.tuple(vals).withMarks(marks);
    return Value.list(vals, (retType as Extract<Type, { kind: 'list' }>).element).withMarks(marks);
  },
};

const lookup: HclFunction = {
  params: [
    param('inputMap', DynamicType, { allowMarked: true }),
    param('key', StringType, { allowMarked: true }),
    param('default', DynamicType, { allowMarked: true }),
  ],
  returnType(args) {
    const t = args[0]!.type;
    if (t.kind === 'object') {
      if (!args[1]!.isKnown) return DynamicType;
      const key = args[1]!.asString();
      const at = t.attributes.get(key);
      if (at !== undefined) return at;
      return args[2]!.type;
    }
    if (t.kind === 'map') {
      if ('error' in tryConvert(args[2]!, t.element)) {
        throw new FunctionArgError(2, 'the default value must have the same type as the map elements');
      }
      return t.element;
    }
    if (t.kind === 'dynamic') return DynamicType;
    throw new FunctionArgError(0, 'lookup() requires a map as the first argument');
  },
  impl(args, retType) {
    const marks = new Set<Mark>([...args[0]!.marks, ...args[1]!.marks]);
    const map = args[0]!.unmark();
    const key = args[1]!.asString();
    if (!map.isWhollyKnown) return Value.unknown(retType).withMarks(marks);
    const found = map.attributes().get(key);
    if (found !== undefined) return found.withMarks(marks);
    const c = tryConvert(args[2]!, retType);
    if ('error' in c) throw new FunctionError(c.error);
    return c.value.withMarks(marks);
  },
};

const merge: HclFunction = {
  params: [],
  varParam: param('maps', DynamicType, { allowNull: true, allowMarked: true }),
  returnType(args) {
    if (args.length === 0) return objectOf({});
    const attrs = new Map<string, Type>();
    let first: Type | undefined;
    let matching = true;
    let attrsKnown = true;
    for (const raw of args) {
      const t = raw.type;
      if (t.kind === 'dynamic') return DynamicType;
      if (t.kind !== 'map' && t.kind !== 'object') {
        throw new FunctionError(`arguments must be maps or objects, got ${goQuote(friendlyTypeName(t))}`);
      }
      const arg = raw.unmark();
      if (t.kind === 'object' && !arg.isNull) {
        for (const [k, at] of t.attributes) attrs.set(k, at);
      } else if (t.kind === 'map' && !arg.isNull) {
        if (arg.isKnown) for (const k of arg.attributes().keys()) attrs.set(k, t.element);
        else attrsKnown = false;
      }
      if (first === undefined) first = t;
      else if (!typeEquals(t, first)) matching = false;
    }
    if (matching) return first!;
    if (!attrsKnown) return DynamicType;
    return objectOf(attrs);
  },
  impl(args, retType) {
    const out = new Map<string, Value>();
    const marks = new Set<Mark>();
    for (const raw of args) {
      if (raw.isNull) continue;
      for (const m of raw.marks) marks.add(m);
      for (const [k, v] of raw.unmark().attributes()) out.set(k, v);
    }
    if (retType.kind === 'map') return Value.map(out, retType.element).withMarks(marks);
    return Value.object(out).withMarks(marks);
  },
};

const zipmap: HclFunction = {
  params: [param('keys', listOf(StringType), { allowMarked: true }), param('values', DynamicType, { allowMarked: true })],
  returnType(args) {
    const [keysVal, vals] = [args[0]!, args[1]!];
    const vt = vals.type;
    if (vt.kind === 'list') return mapOf(vt.element);
    if (vt.kind === 'dynamic') return DynamicType;
    if (vt.kind !== 'tuple') throw new FunctionError('values argument must be a list or tuple value');
    if (!keysVal.isWhollyKnown) return DynamicType;
    const ks = keysVal.unmark().elements();
    if (ks.length !== vt.elements.length) {
      throw new FunctionError(`number of keys (${ks.length}) does not match number of values (${vt.elements.length})`);
    }
    const attrs = new Map<string, Type>();
    ks.forEach((k, i) => {
      if (k.isNull) throw new FunctionError(`keys list has null value at index ${i}`);
      attrs.set(k.unmark().asString(), vt.elements[i]!);
    });
    return objectOf(attrs);
  },
  impl(args, retType) {
    const marks = new Set<Mark>([...args[0]!.marks, ...args[1]!.marks]);
    const ks = args[0]!.unmark();
    const vals = args[1]!.unmark();
    if (!ks.isWhollyKnown) return Value.unknown(retType).withMarks(marks);
    const keyVals = ks.elements();
    const valVals = vals.elements();
    if (keyVals.length !== valVals.length) {
      throw new FunctionError(`number of keys (${keyVals.length}) does not match number of values (${valVals.length})`);
    }
    const out = new Map<string, Value>();
    keyVals.forEach((k, i) => {
      for (const m of k.marks) marks.add(m);
      out.set(k.unmark().asString(), valVals[i]!);
    });
    if (retType.kind === 'map') return Value.map(out, retType.element).withMarks(marks);
    return Value.object(out).withMarks(marks);
  },
};

/** Terraform's transpose (not registered by Packer): swaps keys and values of a map of lists of strings. */
const transpose: HclFunction = {
  params: [param('values', mapOf(listOf(StringType)))],
  returnType: () => mapOf(listOf(StringType)),
  impl(args) {
    const inputMap = args[0]!;
    if (!inputMap.isWhollyKnown) return Value.unknown(mapOf(listOf(StringType)));
    const out = new Map<string, string[]>();
    for (const [key, list] of inputMap.attributes()) {
      for (const v of list.elements()) {
        if (v.isNull) throw new FunctionError('input lists must not contain null values');
        const s = v.asString();
        const row = out.get(s) ?? [];
        row.push(key);
        out.set(s, row);
      }
    }
    const result = new Map<string, Value>();
    for (const [k, row] of out) result.set(k, Value.list(row.map(Value.string), StringType));
    return Value.map(result, listOf(StringType));
  },
};

export const mapFunctions: Record<string, HclFunction> = { keys, lookup, merge, values, zipmap };

/** Functions Terraform has but Packer does not register; offered for completeness. */
export const extraMapFunctions: Record<string, HclFunction> = { transpose };
