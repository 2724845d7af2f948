// Values: known or unknown, null or not, optionally marked (sensitive), of one Type.
import { Num } from './number.js';
import {
  BoolType,
  DynamicType,
  NumberType,
  StringType,
  compareStrings,
  listOf,
  mapOf,
  objectOf,
  setOf,
  tupleOf,
  type Type,
} from './type.js';

/** Marks travel with values through every operation; 'sensitive' hides a value in all output. */
export type Mark = 'sensitive';

type Payload =
  | { readonly tag: 'unknown' }
  | { readonly tag: 'null' }
  | { readonly tag: 'string'; readonly s: string }
  | { readonly tag: 'number'; readonly n: Num }
  | { readonly tag: 'bool'; readonly b: boolean }
  /** list, set and tuple elements (sets: deduplicated, in canonical order) */
  | { readonly tag: 'seq'; readonly elems: readonly Value[] }
  /** map and object attributes, keys in lexical order */
  | { readonly tag: 'attrs'; readonly attrs: ReadonlyMap<string, Value> };

const noMarks: ReadonlySet<Mark> = new Set();

export class Value {
  private constructor(
    readonly type: Type,
    private readonly p: Payload,
    readonly marks: ReadonlySet<Mark> = noMarks,
  ) {}

  static readonly True: Value = new Value(BoolType, { tag: 'bool', b: true });
  static readonly False: Value = new Value(BoolType, { tag: 'bool', b: false });

  // ---- constructors ----
  static string(s: string): Value {
    return new Value(StringType, { tag: 'string', s: s.normalize('NFC') });
  }
  static number(n: Num | number | bigint): Value {
    return new Value(NumberType, { tag: 'number', n: n instanceof Num ? n : Num.from(n) });
  }
  static bool(b: boolean): Value {
    return b ? Value.True : Value.False;
  }
  static null(t: Type): Value {
    return new Value(t, { tag: 'null' });
  }
  static unknown(t: Type): Value {
    return new Value(t, { tag: 'unknown' });
  }
  /** A list; all elements must already have the same type (convert first). */
  static list(elems: readonly Value[], elementType?: Type): Value {
    const et = elementType ?? elems[0]?.type ?? DynamicType;
    return new Value(listOf(et), { tag: 'seq', elems });
  }
  /** A set; elements must have one type. Duplicates are removed and order made canonical by the caller via setFromElements in ops. */
  static setRaw(elems: readonly Value[], elementType: Type): Value {
    return new Value(setOf(elementType), { tag: 'seq', elems });
  }
  static tuple(elems: readonly Value[]): Value {
    return new Value(tupleOf(elems.map((e) => e.type)), { tag: 'seq', elems });
  }
  /** A map; all values must already have the same type. */
  static map(attrs: ReadonlyMap<string, Value> | Record<string, Value>, elementType?: Type): Value {
    const m = sortedMap(attrs);
    const et = elementType ?? m.values().next().value?.type ?? DynamicType;
    return new Value(mapOf(et), { tag: 'attrs', attrs: m });
  }
  static object(attrs: ReadonlyMap<string, Value> | Record<string, Value>): Value {
    const m = sortedMap(attrs);
    const types = new Map<string, Type>();
    for (const [k, v] of m) types.set(k, v.type);
    return new Value(objectOf(types), { tag: 'attrs', attrs: m });
  }
  /** Low-level: a value of the given collection/structural type with the given payload (no checks). */
  static fromParts(type: Type, elems: readonly Value[] | ReadonlyMap<string, Value>): Value {
    return Array.isArray(elems)
      ? new Value(type, { tag: 'seq', elems: elems as readonly Value[] })
      : new Value(type, { tag: 'attrs', attrs: sortedMap(elems as ReadonlyMap<string, Value>) });
  }

  // ---- state ----
  get isNull(): boolean {
    return this.p.tag === 'null';
  }
  get isKnown(): boolean {
    return this.p.tag !== 'unknown';
  }
  /** Known, and every nested element known too. */
  get isWhollyKnown(): boolean {
    return !someNested(this, (v) => v.p.tag === 'unknown');
  }
  get isMarked(): boolean {
    return this.marks.size > 0;
  }
  get isSensitive(): boolean {
    return this.marks.has('sensitive');
  }
  /** True when this value or anything inside it is marked. */
  get containsMarked(): boolean {
    return someNested(this, (v) => v.marks.size > 0);
  }

  /** The values directly inside a known collection or structural value (none for others). */
  get children(): Iterable<Value> {
    if (this.p.tag === 'seq') return this.p.elems;
    if (this.p.tag === 'attrs') return this.p.attrs.values();
    return noChildren;
  }

  // ---- marks ----
  mark(...marks: Mark[]): Value {
    if (marks.length === 0) return this;
    const next = new Set(this.marks);
    for (const m of marks) next.add(m);
    return new Value(this.type, this.p, next);
  }
  withMarks(marks: ReadonlySet<Mark>): Value {
    if (marks.size === 0) return this;
    const next = new Set(this.marks);
    for (const m of marks) next.add(m);
    return new Value(this.type, this.p, next);
  }
  unmark(): Value {
    return this.marks.size === 0 ? this : new Value(this.type, this.p);
  }
  /** Removes marks from this value and everything inside it, returning the union of removed marks. */
  unmarkDeep(): { value: Value; marks: Set<Mark> } {
    const marks = new Set<Mark>();
    // Post-order on an explicit stack (values may nest deeper than the call stack allows): a value is
    // rebuilt once the stripped copies of its children are on `done`.
    const todo: Value[] = [this];
    const expanded: boolean[] = [false];
    const done: Value[] = [];
    while (todo.length > 0) {
      const v = todo.pop()!;
      const p = v.p;
      if (!expanded.pop()!) {
        for (const m of v.marks) marks.add(m);
        if (p.tag === 'seq' || p.tag === 'attrs') {
          todo.push(v);
          expanded.push(true);
          // Children pushed in reverse, so they are finished (onto `done`) in order.
          const kids = p.tag === 'seq' ? p.elems : [...p.attrs.values()];
          for (let i = kids.length - 1; i >= 0; i--) {
            todo.push(kids[i]!);
            expanded.push(false);
          }
        } else {
          done.push(v.marks.size === 0 ? v : new Value(v.type, p));
        }
        continue;
      }
      if (p.tag === 'seq') {
        const elems = done.splice(done.length - p.elems.length);
        done.push(new Value(v.type, { tag: 'seq', elems }));
      } else if (p.tag === 'attrs') {
        const vals = done.splice(done.length - p.attrs.size);
        const next = new Map<string, Value>();
        let i = 0;
        for (const k of p.attrs.keys()) next.set(k, vals[i++]!);
        done.push(new Value(v.type, { tag: 'attrs', attrs: next }));
      }
    }
    return { value: done[0]!, marks };
  }

  // ---- accessors (throw on misuse: these are programming errors, not user errors) ----
  asString(): string {
    if (this.p.tag !== 'string') throw new Error(`value is not a known string (${this.p.tag})`);
    return this.p.s;
  }
  asNum(): Num {
    if (this.p.tag !== 'number') throw new Error(`value is not a known number (${this.p.tag})`);
    return this.p.n;
  }
  asBool(): boolean {
    if (this.p.tag !== 'bool') throw new Error(`value is not a known bool (${this.p.tag})`);
    return this.p.b;
  }
  /** Elements of a known list, set or tuple. */
  elements(): readonly Value[] {
    if (this.p.tag !== 'seq') throw new Error(`value is not a known sequence (${this.p.tag})`);
    return this.p.elems;
  }
  /** Entries of a known map or object, keys in lexical order. */
  attributes(): ReadonlyMap<string, Value> {
    if (this.p.tag !== 'attrs') throw new Error(`value is not a known map or object (${this.p.tag})`);
    return this.p.attrs;
  }
  /** Number of elements of a known collection or structural value. */
  get length(): number {
    if (this.p.tag === 'seq') return this.p.elems.length;
    if (this.p.tag === 'attrs') return this.p.attrs.size;
    throw new Error('length of a value that is not a known collection');
  }
}

const noChildren: readonly Value[] = [];

/** Whether `test` holds for v or any value nested in it (searched without recursion). */
function someNested(v: Value, test: (v: Value) => boolean): boolean {
  if (test(v)) return true;
  const first = v.children;
  if (first === noChildren) return false;
  const todo: Value[] = [...first];
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (test(x)) return true;
    const kids = x.children;
    if (kids !== noChildren) for (const c of kids) todo.push(c);
  }
  return false;
}

function sortedMap(attrs: ReadonlyMap<string, Value> | Record<string, Value>): ReadonlyMap<string, Value> {
  const entries = attrs instanceof Map ? [...attrs.entries()] : Object.entries(attrs);
  entries.sort((a, b) => compareStrings(a[0], b[0]));
  return new Map(entries);
}

export const DynamicVal: Value = Value.unknown(DynamicType);
export const NullDynamic: Value = Value.null(DynamicType);
