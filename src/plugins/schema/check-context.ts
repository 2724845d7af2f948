// What a schema check sees: which fields are set or unknown, and where each one is written.
import type { Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { Range } from '../../hcl/source/pos.js';

export interface CheckContext {
  /** Present in the configuration (known or unknown). Fields set only by their default are not "set". */
  isSet(name: string): boolean;
  /** Present but unknown until build time: checks on it must be skipped. */
  isUnknown(name: string): boolean;
  /** The attribute's value range (the block's definition range for blocks), or the enclosing block's range. */
  rangeOf(name: string): Range;
  /** The range of the block (or JSON object) being decoded. */
  readonly blockRange: Range;
}

/** A validation over a decoded configuration, as Packer's Prepare does; returns errors and warnings. */
export type Check<T> = (config: T, ctx: CheckContext) => Diagnostic[];
