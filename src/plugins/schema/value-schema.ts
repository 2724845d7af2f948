// The value kinds a component field can have: each names its HCL type and turns a converted Value into a JS value.
import type { Range } from '../../hcl/source/pos.js';
import type { Type } from '../../hcl/value/type.js';
import type { Value } from '../../hcl/value/value.js';

/** Legacy JSON templates decode weakly, as Packer's mapstructure WeakDecode does ("true" for a bool, 1 for a string …). */
export type DecodeMode = 'hcl' | 'json';

export type FieldKind = 'string' | 'number' | 'bool' | 'duration' | 'list' | 'map' | 'object' | 'any' | 'enum';

/** A failed decode: the message continues "Inappropriate value for attribute "x": …". */
export interface DecodeFailure {
  ok: false;
  error: string;
  /** Overrides the summary "Incorrect attribute value type" (e.g. "Invalid duration"). */
  summary?: string;
}
export type DecodeOutcome<T> = { ok: true; value: T } | DecodeFailure;

/** Where a value came from, for nested decodes that report their own diagnostics (objects inside attributes). */
export interface ValueSite {
  mode: DecodeMode;
  /** The attribute's value range. */
  range: Range;
}

export interface ValueSchema<T> {
  readonly kind: FieldKind;
  /** The HCL type a value is converted to (cty rules) before `decode` sees it. */
  readonly type: Type;
  /** How the field reads in docs: "string", "list of string", "duration", "one of: upload, download". */
  readonly typeName: string;
  /**
   * Turns a converted, wholly known, non-null value (marks removed) into the JS value.
   * Object-valued schemas may also return diagnostics of their own through `nested`.
   */
  decode(v: Value, site: ValueSite): DecodeOutcome<T>;
  /** Phantom marker for Infer; never set. */
  readonly __type?: T;
}
