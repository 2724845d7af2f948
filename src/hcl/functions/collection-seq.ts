// More sequence functions: range, reverse, slice, sort, coalesce, coalescelist (and Terraform's one).
import { FunctionArgError, FunctionError, type HclFunction } from './function.js';
import { compareCodePoints, param, staticReturn, toGoInt, tryConvert, unifyTypes, WHOLE_NUMBER_MESSAGE } from './helpers.js';
import { Num } from '../value/number.js';
import { DynamicType, NumberType, StringType, friendlyTypeName, listOf, tupleOf, typeEquals, type Type } from '../value/type.js';
import { Value } from '../value/value.js';

const range: HclFunction = {
  params: [],
  varParam: param('params', NumberType),
  returnType: staticReturn(listOf(NumberType)),
  impl(args) {
    const n = args.map((a) => a.asNum());
    let start: Num;
    let end: Num;
    let step: Num;
    if (n.length === 1) [start, end, step] = [Num.Zero, n[0]!, Num.from(n[0]!.lt(Num.Zero) ? -1 : 1)];
    else if (n.length === 2) [start, end, step] = [n[0]!, n[1]!, Num.from(n[1]!.lt(n[0]!) ? -1 : 1)];
    else if (n.length === 3) [start, end, step] = [n[0]!, n[1]!, n[2]!];
    else throw new FunctionError('must have one, two, or three arguments');
    // cty compares the step with its own Zero by identity, so a literal zero step is never "zero" here.
    const down = step.lt(Num.Zero);
    if (down && end.gt(start)) throw new FunctionArgError(1, 'end must be less than start when step is negative');
    if (!down && end.lt(start)) throw new FunctionArgError(1, 'end must be greater than start when step is positive');
    const out: Value[] = [];
    for (let x = start; down ? x.gt(end) : x.lt(end); x = x.add(step)) {
      if (out.length >= 1024) {
        throw new FunctionError(
          'more than 1024 values were generated; either decrease the difference between start and end or use a smaller step',
        );
      }
      out.push(Value.number(x));
    }
    return Value.list(out, NumberType);
  },
};

const reverse: HclFunction = {
  params: [param('list', DynamicType, { allowMarked: true })],
  returnType(args) {
    const t = args[0]!.type;
    if (t.kind === 'tuple') return tupleOf([...t.elements].reverse());
    if (t.kind === 'list' || t.kind === 'set') return listOf(t.element);
    if (t.kind === 'dynamic') return DynamicType;
    throw new FunctionArgError(0, `can only reverse list or tuple values, not ${friendlyTypeName(t)}`);
  },
  impl(args, retType) {
    const vals = [...args[0]!.unmark().elements()].reverse();
    const marks = args[0]!.marks;
    if (retType.kind === 'tuple') return Value.tuple(vals).withMarks(marks);
    return Value.list(vals, (retType as Extract<Type, { kind: 'list' }>).element).withMarks(marks);
  },
};

/** cty's sliceIndexes: validated start and end, with `known` false while either is unknown. */
function sliceIndexes(args: readonly Value[]): { start: number; end: number; known: boolean } {
  const list = args[0]!.unmark();
  const length = list.type.kind === 'tuple' ? list.type.elements.length : list.isKnown ? list.length : undefined;
  let start = 0;
  let end = 0;
  const [s, e] = [args[1]!, args[2]!];
  if (s.isKnown) {
    const i = toGoInt(s);
    if (i === undefined) throw new FunctionArgError(1, `invalid start index: ${WHOLE_NUMBER_MESSAGE}`);
    if (i < 0) throw new FunctionArgError(1, 'start index must not be less than zero');
    if (length !== undefined && i > length) throw new FunctionArgError(1, 'start index must not be greater than the length of the list');
    start = i;
  }
  if (e.isKnown) {
    const i = toGoInt(e);
    if (i === undefined) throw new FunctionArgError(2, `invalid end index: ${WHOLE_NUMBER_MESSAGE}`);
    if (i < 0) throw new FunctionArgError(2, 'end index must not be less than zero');
    if (length !== undefined && i > length) throw new FunctionArgError(2, 'end index must not be greater than the length of the list');
    end = i;
  }
  if (s.isKnown && e.isKnown && start > end) throw new FunctionArgError(1, 'start index must not be greater than end index');
  return { start, end, known: s.isKnown && e.isKnown };
}

const slice: HclFunction = {
  params: [param('list', DynamicType, { allowMarked: true }), param('start_index', NumberType), param('end_index', NumberType)],
  returnType(args) {
    const t = args[0]!.type;
    if (t.kind === 'set') {
      throw new FunctionArgError(
        0,
        'cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important',
      );
    }
    if (t.kind === 'dynamic') return DynamicType;
    if (t.kind !== 'list' && t.kind !== 'tuple') throw new FunctionArgError(0, 'must be a list or tuple value');
    const { start, end, known } = sliceIndexes(args);
    if (t.kind === 'list') return t;
    if (!known) return DynamicType;
    return tupleOf(t.elements.slice(start, end));
  },
  impl(args, retType) {
    const marks = args[0]!.marks;
    if (retType.kind === 'dynamic') return Value.unknown(DynamicType).withMarks(marks);
    const { start, end } = sliceIndexes(args);
    const vals = args[0]!.unmark().elements().slice(start, end);
    if (retType.kind === 'tuple') return Value.tuple(vals).withMarks(marks);
    return Value.list(vals, (retType as Extract<Type, { kind: 'list' }>).element).withMarks(marks);
  },
};

const sort: HclFunction = {
  params: [param('list', listOf(StringType), { allowUnknown: true })],
  returnType: staticReturn(listOf(StringType)),
  impl(args, retType) {
    const list = args[0]!;
    if (!list.isWhollyKnown) return Value.unknown(retType);
    const strs = list.elements().map((v, i) => {
      if (v.isNull) throw new FunctionError(`given list element ${i} is null; a null string cannot be sorted`);
      return v.asString();
    });
    return Value.list(strs.sort(compareCodePoints).map(Value.string), StringType);
  },
};

/** go-cty-funcs' coalesce: the first argument that is neither null nor an empty string. */
const coalesce: HclFunction = {
  params: [],
  varParam: param('vals', DynamicType, { allowUnknown: true, allowNull: true }),
  returnType(args) {
    const t = args.length === 0 ? undefined : unifyTypes(args.map((a) => a.type));
    if (t === undefined) throw new FunctionError('all arguments must have the same type');
    return t;
  },
  impl(args, retType) {
    for (const raw of args) {
      const c = tryConvert(raw, retType);
      const v = 'error' in c ? raw : c.value;
      if (!v.isKnown) return Value.unknown(retType);
      if (v.isNull) continue;
      if (retType.kind === 'string' && v.type.kind === 'string' && v.asString() === '') continue;
      return v;
    }
    throw new FunctionError('no non-null, non-empty-string arguments');
  },
};

const coalescelist: HclFunction = {
  params: [],
  varParam: param('vals', DynamicType, { allowUnknown: true, allowNull: true }),
  returnType(args) {
    if (args.length === 0) throw new FunctionError('at least one argument is required');
    for (const a of args) {
      if (!a.isKnown) return DynamicType;
      if (a.type.kind !== 'list' && a.type.kind !== 'tuple') throw new FunctionError('coalescelist arguments must be lists or tuples');
    }
    const first = args[0]!.type;
    return args.every((a) => typeEquals(a.type, first)) ? first : DynamicType;
  },
  impl(args, retType) {
    for (const a of args) {
      if (!a.isKnown) return Value.unknown(retType);
      if (a.isNull) continue;
      if (a.length > 0) return a;
    }
    throw new FunctionError('no non-null arguments');
  },
};

/** Terraform's one (not registered by Packer): the single element of a sequence, or null when it is empty. */
const one: HclFunction = {
  params: [param('list', DynamicType)],
  returnType(args) {
    const t = args[0]!.type;
    const msg = 'must be a list, set, or tuple value with either zero or one elements';
    if (t.kind === 'list' || t.kind === 'set') return t.element;
    if (t.kind === 'tuple') {
      if (t.elements.length === 0) return DynamicType;
      if (t.elements.length === 1) return t.elements[0]!;
      throw new FunctionArgError(0, msg);
    }
    if (t.kind === 'dynamic') return DynamicType;
    throw new FunctionArgError(0, msg);
  },
  impl(args, retType) {
    const list = args[0]!;
    if (!list.isKnown) return Value.unknown(retType);
    const elems = list.elements();
    if (elems.length === 0) return Value.null(retType);
    if (elems.length > 1) throw new FunctionArgError(0, 'must be a list, set, or tuple value with either zero or one elements');
    return elems[0]!;
  },
};

export const moreSequenceFunctions: Record<string, HclFunction> = { coalesce, coalescelist, range, reverse, slice, sort };

export const extraSequenceFunctions: Record<string, HclFunction> = { one };
