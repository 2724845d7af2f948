// Set functions: setunion, setintersection, setsubtract and setproduct (which also accepts lists and tuples).
import { FunctionArgError, FunctionError, type HclFunction } from './function.js';
import { ctyEquals, makeSetValue, param, tryConvert, unifyTypes } from './helpers.js';
import { DynamicType, listOf, setOf, tupleOf, type Type } from '../value/type.js';
import { Value, type Mark } from '../value/value.js';

type SetType = Extract<Type, { kind: 'set' }>;

const setParam = (name: string) => param(name, setOf(DynamicType));

/** cty's setOperationReturnType: the unified element type of all non-empty (or typed) sets. */
function setOperationType(args: readonly Value[]): Type {
  const etys: Type[] = [];
  for (const a of args) {
    const et = (a.type as SetType).element ?? DynamicType;
    if (a.isKnown && a.length === 0 && et.kind === 'dynamic') continue;
    etys.push(et);
  }
  if (etys.length === 0) return setOf(DynamicType);
  const u = unifyTypes(etys);
  if (u === undefined) throw new FunctionError('given sets must all have compatible element types');
  return setOf(u);
}

function setOperation(
  op: (acc: Value[], next: readonly Value[]) => Value[],
  allowUnknowns: boolean,
): (args: readonly Value[], retType: Type) => Value {
  return (args, retType) => {
    const ety = (retType as SetType).element;
    let acc: Value[] | undefined;
    for (let i = 0; i < args.length; i++) {
      const c = tryConvert(args[i]!, retType);
      if ('error' in c) throw new FunctionArgError(i, c.error);
      if (!allowUnknowns && !c.value.isWhollyKnown) return Value.unknown(retType);
      const elems = c.value.elements();
      acc = acc === undefined ? [...elems] : op(acc, elems);
    }
    return makeSetValue(acc ?? [], ety);
  };
}

const has = (set: readonly Value[], v: Value): boolean => set.some((e) => ctyEquals(e, v) === true);

const setunion: HclFunction = {
  params: [setParam('first_set')],
  varParam: setParam('other_sets'),
  returnType: setOperationType,
  impl: setOperation((acc, next) => [...acc, ...next], true),
};

const setintersection: HclFunction = {
  params: [setParam('first_set')],
  varParam: setParam('other_sets'),
  returnType: setOperationType,
  impl: setOperation((acc, next) => acc.filter((v) => has(next, v)), false),
};

/** Terraform's setsubtract (not registered by Packer). */
const setsubtract: HclFunction = {
  params: [setParam('a'), setParam('b')],
  returnType: setOperationType,
  impl: setOperation((acc, next) => acc.filter((v) => !has(next, v)), false),
};

const setproduct: HclFunction = {
  params: [],
  varParam: param('sets', DynamicType, { allowMarked: true, allowUnknown: true }),
  returnType(args) {
    if (args.length < 2) throw new FunctionError('at least two arguments are required');
    let listCount = 0;
    const etys: Type[] = [];
    for (let i = 0; i < args.length; i++) {
      const t = args[i]!.type;
      if (t.kind === 'dynamic') return DynamicType;
      if (t.kind === 'set') etys.push(t.element);
      else if (t.kind === 'list') {
        etys.push(t.element);
        listCount++;
      } else if (t.kind === 'tuple') {
        listCount++;
        if (t.elements.length === 0) {
          etys.push(DynamicType);
          continue;
        }
        const u = unifyTypes(t.elements);
        if (u === undefined) throw new FunctionArgError(i, 'all elements must be of the same type');
        etys.push(u);
      } else {
        throw new FunctionArgError(i, 'a set or a list is required');
      }
    }
    return listCount === args.length ? listOf(tupleOf(etys)) : setOf(tupleOf(etys));
  },
  impl(args, retType) {
    const marks = new Set<Mark>();
    const seqs: (readonly Value[])[] = [];
    let unknownLength = false;
    for (const a of args) {
      for (const m of a.marks) marks.add(m);
      const u = a.unmark();
      if (!u.isKnown) unknownLength = true;
      else seqs.push(u.elements());
    }
    if (retType.kind === 'dynamic') return Value.unknown(DynamicType).withMarks(marks);
    if (unknownLength) return Value.unknown(retType).withMarks(marks);
    const tupleType = (retType as Extract<Type, { kind: 'list' | 'set' }>).element as Extract<Type, { kind: 'tuple' }>;
    const rows: Value[] = [];
    const build = (j: number, prefix: Value[]): void => {
      if (j === seqs.length) {
        rows.push(Value.tuple(prefix));
        return;
      }
      for (const v of seqs[j]!) {
        const c = tryConvert(v, tupleType.elements[j]!);
        if ('error' in c) throw new FunctionError(`failed to convert argVals[${j}] to ${tupleType.elements[j]!.kind}; this is a bug in cty`);
        build(j + 1, [...prefix, c.value]);
      }
    };
    build(0, []);
    if (retType.kind === 'list') return Value.list(rows, tupleType).withMarks(marks);
    return makeSetValue(rows, tupleType).withMarks(marks);
  },
};

export const setFunctions: Record<string, HclFunction> = { setintersection, setproduct, setunion };

export const extraSetFunctions: Record<string, HclFunction> = { setsubtract };
