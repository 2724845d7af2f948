// Reusable validations for object().check(...): mutually exclusive and dependent options, and custom rules.
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { Range } from '../../hcl/source/pos.js';
import type { Check, CheckContext } from './check-context.js';

export const InvalidConfiguration = 'Invalid configuration';

/** An "Invalid configuration" error with Packer's message as the detail. */
export function invalid(detail: string, subject: Range): Diagnostic {
  return errorDiag(InvalidConfiguration, detail, subject);
}

/** `"a", "b" or "c"` */
export function quotedList(names: readonly string[], conj = 'or'): string {
  const q = names.map((n) => `"${n}"`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} ${conj} ${q[q.length - 1]}`;
}

function laterFirst(ctx: CheckContext): (a: string, b: string) => number {
  return (a, b) => ctx.rangeOf(a).start.byte - ctx.rangeOf(b).start.byte;
}

export interface ExclusiveMessages {
  /** When none is set. */
  none?: string;
  /** When more than one is set. */
  many?: string;
}

/** Exactly one of the fields must be set; the error for "too many" points at the second one written. */
export function exactlyOneOf(names: readonly string[], messages: ExclusiveMessages = {}): Check<unknown> {
  const none = messages.none ?? `One of ${quotedList(names)} must be set.`;
  return (_config, ctx) => {
    const set = names.filter((n) => ctx.isSet(n)).sort(laterFirst(ctx));
    if (set.length === 0) return [invalid(none, ctx.blockRange)];
    return tooMany(set, names, messages.many, ctx);
  };
}

/** At most one of the fields may be set. */
export function atMostOneOf(names: readonly string[], messages: ExclusiveMessages = {}): Check<unknown> {
  return (_config, ctx) => tooMany(names.filter((n) => ctx.isSet(n)).sort(laterFirst(ctx)), names, messages.many, ctx);
}

function tooMany(set: readonly string[], names: readonly string[], message: string | undefined, ctx: CheckContext): Diagnostic[] {
  if (set.length < 2) return [];
  return [invalid(message ?? `Only one of ${quotedList(names)} may be set.`, ctx.rangeOf(set[1]!))];
}

/** When `name` is set, each of `others` must be set too. */
export function requiredWith(name: string, others: readonly string[], message?: string): Check<unknown> {
  return (_config, ctx) => {
    if (!ctx.isSet(name)) return [];
    const missing = others.filter((o) => !ctx.isSet(o));
    if (missing.length === 0) return [];
    return [invalid(message ?? `${quotedList(missing, 'and')} must be set when "${name}" is set.`, ctx.rangeOf(name))];
  };
}

/** A custom rule over known values: returns Packer's message for the field at fault, or nothing. Skipped when any named field is unknown. */
export function rule<T>(fields: readonly (keyof T & string)[], test: (config: T) => string | undefined, at?: keyof T & string): Check<T> {
  return (config, ctx) => {
    if (fields.some((f) => ctx.isUnknown(f))) return [];
    const message = test(config);
    if (message === undefined) return [];
    const where = at ?? fields.find((f) => ctx.isSet(f));
    return [invalid(message, where === undefined ? ctx.blockRange : ctx.rangeOf(where))];
  };
}

/** Set, or unknown (so it might be set): a non-empty string or list. */
export function present(c: Readonly<Record<string, unknown>>, ctx: CheckContext, name: string): boolean {
  if (ctx.isUnknown(name)) return true;
  const v = c[name];
  if (typeof v === 'string') return v !== '';
  if (Array.isArray(v)) return v.length > 0;
  return v !== undefined;
}
