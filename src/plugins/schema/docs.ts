// Docs from a schema: one row per option with its type, whether it is required, and its default.
import { formatGoDuration } from './duration.js';
import type { NormalizedField } from './decode.js';
import type { ValueSchema } from './value-schema.js';

export interface OptionDoc {
  name: string;
  /** "string", "list of string", "duration", "block", "block list" … */
  type: string;
  required: boolean;
  /** The default as it would be written in HCL, if the option has one. */
  default?: string;
}

/** The documented options of a schema, in declaration order. */
export function schemaDocs(schema: { readonly fields: readonly NormalizedField[] }): OptionDoc[] {
  return schema.fields.map((f) => {
    if (f.tag === 'block') return { name: f.name, type: f.list ? 'block list' : 'block', required: f.required };
    const vs = f.schema as ValueSchema<unknown>;
    const doc: OptionDoc = { name: f.name, type: vs.typeName, required: f.required && !f.hasDefault };
    if (f.hasDefault) doc.default = vs.kind === 'duration' ? JSON.stringify(formatGoDuration(f.defaultValue as number)) : JSON.stringify(f.defaultValue);
    return doc;
  });
}
