// Sequence functions over lists, sets and tuples: chunklist, compact, concat, contains, distinct, element, flatten, index, length.
import { FunctionArgError, FunctionError, type HclFunction } from './function.js';
import { ctyEquals, graphemeCount, param, staticReturn, toGoInt, tryConvert, unifyTypes, WHOLE_NUMBER_MESSAGE } from './helpers.js';
import {
  BoolType,
  DynamicType,
  NumberType,
  StringType,
  friendlyTypeName,
  listOf,
  tupleOf,
  type Type,
} from '../value/type.js';
import { Value, type Mark } from '../value/value.js';

const isSeqType = (t: Type): boolean => t.kind === 'list' || t.kind === 'set' || t.kind === 'tuple';

const chunklist: HclFunction = {
  params: [param('list', listOf(DynamicType), { allowMarked: true }), param('size', NumberType, { allowMarked: true })],
  returnType: (args) => listOf(args[0]!.type),
  impl(args) {
    const list = args[0]!.unmark();
    const sizeVal = args[1]!.unmark();
    const all = new Set<Mark>([...args[0]!.marks, ...args[1]!.marks]);
    const size = toGoInt(sizeVal);
    if (size === undefined) throw new FunctionError(`invalid size: ${WHOLE_NUMBER_MESSAGE}`);
    if (size < 0) throw new FunctionError('the size argument must be positive');
    const elems = list.elements();
    if (elems.length === 0) return Value.list([], list.type).withMarks(all);
    if (size === 0) return Value.list([list], list.type).withMarks(all);
    const et = (list.type as Extract<Type, { kind: 'list' }>).element;
    const chunks: Value[] = [];
    for (let i = 0; i < elems.length; i += size) chunks.push(Value.list(elems.slice(i, i + size), et));
    return Value.list(chunks, list.type).withMarks(all);
  },
};

const compact: HclFunction = {
  params: [param('list', listOf(StringType))],
  returnType: staticReturn(listOf(StringType)),
  impl(args, retType) {
    const list = args[0]!;
    if (!list.isWhollyKnown) return Value.unknown(retType);
    return Value.list(
      list.elements().filter((v) => !v.isNull && v.asString() !== ''),
      StringType,
    );
  },
};

const concat: HclFunction = {
  params: [],
  varParam: param('seqs', DynamicType, { allowMarked: true }),
  returnType(args) {
    if (args.length === 0) throw new FunctionError('at least one argument is required');
    if (args.some((a) => a.type.kind === 'dynamic')) return DynamicType;
    if (args.every((a) => a.type.kind === 'list')) {
      const common = unifyTypes(args.map((a) => a.type));
      if (common !== undefined) return common;
    }
    const etys: Type[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!.unmarkDeep().value;
      const t = a.type;
      if (t.kind === 'tuple') etys.push(...t.elements);
      else if (t.kind === 'list') {
        if (!a.isKnown) return DynamicType;
        for (let j = 0; j < a.length; j++) etys.push(t.element);
      } else {
        throw new FunctionArgError(i, `all arguments must be lists or tuples; got ${friendlyTypeName(t)}`);
      }
    }
    return tupleOf(etys);
  },
  impl(args, retType) {
    const marks = new Set<Mark>();
    const vals: Value[] = [];
    for (let i = 0; i < args.length; i++) {
      let seq = args[i]!;
      if (retType.kind === 'list') {
        const c = tryConvert(seq, retType);
        if ('error' in c) throw new FunctionArgError(i, c.error);
        seq = c.value;
      }
      for (const m of seq.marks) marks.add(m);
      vals.push(...seq.unmark().elements());
    }
    if (retType.kind === 'list') return Value.list(vals, retType.element).withMarks(marks);
    return Value.tuple(vals).withMarks(marks);
  },
};

const contains: HclFunction = {
  params: [param('list', DynamicType), param('value', DynamicType)],
  returnType: staticReturn(BoolType),
  impl(args) {
    const list = args[0]!;
    if (!isSeqType(list.type)) throw new FunctionError('argument must be list, tuple, or set');
    if (list.length === 0) return Value.False;
    let unknown = false;
    for (const v of list.elements()) {
      const eq = ctyEquals(args[1]!, v);
      if (eq === undefined) unknown = true;
      else if (eq) return Value.True;
    }
    return unknown ? Value.unknown(BoolType) : Value.False;
  },
};

const distinct: HclFunction = {
  params: [param('list', listOf(DynamicType))],
  returnType: (args) => args[0]!.type,
  impl(args, retType) {
    const list = args[0]!;
    if (!list.isWhollyKnown) return Value.unknown(retType);
    const out: Value[] = [];
    for (const v of list.elements()) if (!out.some((o) => ctyEquals(o, v) === true)) out.push(v);
    return Value.list(out, (retType as Extract<Type, { kind: 'list' }>).element);
  },
};

const element: HclFunction = {
  params: [param('list', DynamicType, { allowMarked: true }), param('index', NumberType)],
  returnType(args) {
    const [list, index] = [args[0]!, args[1]!];
    if (index.isKnown && index.asNum().sign() < 0) throw new FunctionError('cannot use element function with a negative index');
    const t = list.type;
    if (t.kind === 'list') return t.element;
    if (t.kind === 'dynamic') return DynamicType;
    if (t.kind !== 'tuple') throw new FunctionError(`cannot read elements from ${friendlyTypeName(t)}`);
    if (!index.isKnown) return DynamicType;
    const i = toGoInt(index);
    if (i === undefined) throw new FunctionError(`invalid index: ${WHOLE_NUMBER_MESSAGE}`);
    if (t.elements.length === 0) throw new FunctionError('cannot use element function with an empty list');
    return t.elements[i % t.elements.length]!;
  },
  impl(args, retType) {
    const i = toGoInt(args[1]!);
    if (i === undefined) throw new FunctionError(`invalid index: ${WHOLE_NUMBER_MESSAGE}`);
    if (i < 0) throw new FunctionError('cannot use element function with a negative index');
    const list = args[0]!;
    const input = list.unmark();
    if (!input.isKnown) return Value.unknown(retType).withMarks(list.marks);
    const elems = input.elements();
    if (elems.length === 0) throw new FunctionError('cannot use element function with an empty list');
    return elems[i % elems.length]!.withMarks(list.marks);
  },
};

/**
 * cty's flattener: nested non-null sequences spliced in; known=false when some nested sequence is unknown
 * (then `out` is incomplete and unused). Nested sequences wait on an explicit stack, so any depth is fine.
 */
function flattenValues(v: Value, marks: Set<Mark>): { out: Value[]; known: boolean } {
  const out: Value[] = [];
  let known = true;
  const open: { readonly elems: readonly Value[]; next: number }[] = [];
  const enter = (seq: Value): void => {
    for (const m of seq.marks) marks.add(m);
    open.push({ elems: seq.unmark().elements(), next: 0 });
  };
  enter(v);
  while (open.length > 0) {
    const top = open[open.length - 1]!;
    if (top.next >= top.elems.length) {
      open.pop();
      continue;
    }
    const e = top.elems[top.next++]!;
    if (e.type.kind === 'dynamic' && !e.isKnown) known = false;
    if (!e.isNull && isSeqType(e.type)) {
      if (!e.isKnown) {
        known = false;
        for (const m of e.marks) marks.add(m);
        continue;
      }
      enter(e);
    } else {
      out.push(e);
    }
  }
  return { out, known };
}

const flatten: HclFunction = {
  params: [param('list', DynamicType, { allowMarked: true })],
  returnType(args) {
    const list = args[0]!;
    if (!list.isWhollyKnown) return DynamicType;
    if (!isSeqType(list.type)) throw new FunctionError('can only flatten lists, sets and tuples');
    const r = flattenValues(list, new Set());
    return r.known ? tupleOf(r.out.map((v) => v.type)) : DynamicType;
  },
  impl(args, retType) {
    const marks = new Set<Mark>();
    if (args[0]!.unmark().length === 0) return Value.tuple([]).withMarks(args[0]!.marks);
    const r = flattenValues(args[0]!, marks);
    if (!r.known) return Value.unknown(retType).withMarks(marks);
    return Value.tuple(r.out).withMarks(marks);
  },
};

/** Packer's index: the position of the first element equal to the value. */
const index: HclFunction = {
  params: [param('list', DynamicType), param('value', DynamicType)],
  returnType: staticReturn(NumberType),
  impl(args) {
    const list = args[0]!;
    if (list.type.kind !== 'list' && list.type.kind !== 'tuple') throw new FunctionError('argument must be a list or tuple');
    if (!list.isKnown) return Value.unknown(NumberType);
    const elems = list.elements();
    if (elems.length === 0) throw new FunctionError('cannot search an empty list');
    for (let i = 0; i < elems.length; i++) {
      const eq = ctyEquals(elems[i]!, args[1]!);
      if (eq === undefined) return Value.unknown(NumberType);
      if (eq) return Value.number(i);
    }
    throw new FunctionError('item not found');
  },
};

/** Packer's length: strings count grapheme clusters; tuples and objects count their type's elements. */
const length: HclFunction = {
  params: [param('value', DynamicType, { allowUnknown: true })],
  returnType(args) {
    const k = args[0]!.type.kind;
    if (k === 'number' || k === 'bool') {
      throw new FunctionError('argument must be a string, a collection type, or a structural type');
    }
    return NumberType;
  },
  impl(args) {
    const v = args[0]!;
    const t = v.type;
    switch (t.kind) {
      case 'tuple':
        return Value.number(t.elements.length);
      case 'object':
        return Value.number(t.attributes.size);
      case 'string':
        return v.isKnown ? Value.number(graphemeCount(v.asString())) : Value.unknown(NumberType);
      case 'list':
      case 'map':
        return v.isKnown ? Value.number(v.length) : Value.unknown(NumberType);
      case 'set':
        if (!v.isKnown) return Value.unknown(NumberType);
        return v.length === 1 || v.isWhollyKnown ? Value.number(v.length) : Value.unknown(NumberType);
      default:
        return Value.unknown(NumberType);
    }
  },
};

/** Packer's alltrue: true when every element is true (a null element makes it false). */
const alltrue: HclFunction = {
  params: [param('list', listOf(BoolType))],
  returnType: staticReturn(BoolType),
  impl(args) {
    for (const v of args[0]!.elements()) {
      if (!v.isKnown) return Value.unknown(BoolType);
      if (v.isNull || !v.asBool()) return Value.False;
    }
    return Value.True;
  },
};

/** Packer's anytrue: true when some element is true (nulls are skipped, unknowns make it unknown unless a true is found). */
const anytrue: HclFunction = {
  params: [param('list', listOf(BoolType))],
  returnType: staticReturn(BoolType),
  impl(args) {
    let unknown = false;
    for (const v of args[0]!.elements()) {
      if (!v.isKnown) unknown = true;
      else if (!v.isNull && v.asBool()) return Value.True;
    }
    return unknown ? Value.unknown(BoolType) : Value.False;
  },
};

export const sequenceFunctions: Record<string, HclFunction> = {
  alltrue,
  anytrue,
  chunklist,
  compact,
  concat,
  contains,
  distinct,
  element,
  flatten,
  index,
  length,
};
