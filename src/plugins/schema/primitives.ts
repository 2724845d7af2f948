// Scalar field kinds: string, number (int/float with range checks), bool, duration, enum, any.
import { BoolType, DynamicType, NumberType, StringType } from '../../hcl/value/type.js';
import type { Value } from '../../hcl/value/value.js';
import { parseGoDuration } from './duration.js';
import type { DecodeOutcome, ValueSchema } from './value-schema.js';

export function string(): ValueSchema<string> {
  return { kind: 'string', type: StringType, typeName: 'string', decode: (v) => ({ ok: true, value: v.asString() }) };
}

export interface NumberOptions {
  /** Whole numbers only (Go int fields). */
  int?: boolean;
  min?: number;
  max?: number;
}

export function number(opts: NumberOptions = {}): ValueSchema<number> {
  const typeName = opts.int ? 'int' : 'number';
  return {
    kind: 'number',
    type: NumberType,
    typeName,
    decode(v): DecodeOutcome<number> {
      const n = v.asNum();
      if (opts.int && !n.isInteger()) return { ok: false, error: 'a whole number is required' };
      const x = n.toNumber();
      if (opts.min !== undefined && x < opts.min) return rangeFailure(opts);
      if (opts.max !== undefined && x > opts.max) return rangeFailure(opts);
      return { ok: true, value: x };
    },
  };
}

function rangeFailure(opts: NumberOptions): DecodeOutcome<number> {
  const { min, max } = opts;
  const error =
    min !== undefined && max !== undefined
      ? `must be between ${min} and ${max}`
      : min !== undefined
        ? `must be at least ${min}`
        : `must be at most ${max}`;
  return { ok: false, error, summary: 'Invalid value' };
}

export function bool(): ValueSchema<boolean> {
  return { kind: 'bool', type: BoolType, typeName: 'bool', decode: (v) => ({ ok: true, value: v.asBool() }) };
}

/** A Go duration string ("1m30s") decoded to milliseconds. */
export function duration(): ValueSchema<number> {
  return {
    kind: 'duration',
    type: StringType,
    typeName: 'duration',
    decode(v): DecodeOutcome<number> {
      const r = parseGoDuration(v.asString());
      return r.ok ? { ok: true, value: r.ms } : { ok: false, error: r.error, summary: 'Invalid duration' };
    },
  };
}

/** A string limited to the given values. */
export function enumOf<const E extends string>(...values: E[]): ValueSchema<E> {
  const allowed: ReadonlySet<string> = new Set(values);
  const list = values.map((x) => JSON.stringify(x)).join(', ');
  return {
    kind: 'enum',
    type: StringType,
    typeName: `one of ${values.join(', ')}`,
    decode(v): DecodeOutcome<E> {
      const s = v.asString();
      if (allowed.has(s)) return { ok: true, value: s as E };
      return { ok: false, error: `${JSON.stringify(s)} is not valid; expected one of ${list}`, summary: 'Invalid value' };
    },
  };
}

/** Any value, kept as the raw HCL Value (e.g. manifest's custom_data before flattening). */
export function any(): ValueSchema<Value> {
  return { kind: 'any', type: DynamicType, typeName: 'any', decode: (v) => ({ ok: true, value: v }) };
}
