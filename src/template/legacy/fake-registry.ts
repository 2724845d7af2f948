// A stand-in component registry for tests: any attribute is accepted except `bogus`, configs decode to plain data.
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { Value } from '../../hcl/value/value.js';
import type { ComponentKind, ComponentPlugin, ComponentRegistry, ConfigSchema } from '../../plugins/types.js';

export type PlainData = string | number | boolean | null | PlainData[] | { [k: string]: PlainData };

/** A value as plain data; unknown values print as "<unknown>". */
export function valueToPlain(v: Value): PlainData {
  const u = v.unmark();
  if (!u.isKnown) return '<unknown>';
  if (u.isNull) return null;
  switch (u.type.kind) {
    case 'string':
      return u.asString();
    case 'number':
      return Number(u.asNum().toString());
    case 'bool':
      return u.asBool();
    case 'list':
    case 'set':
    case 'tuple':
      return u.elements().map(valueToPlain);
    default: {
      const out: { [k: string]: PlainData } = {};
      for (const [k, e] of u.attributes()) out[k] = valueToPlain(e);
      return out;
    }
  }
}

const schema: ConfigSchema<Record<string, PlainData>> = {
  attributeNames: [],
  decodeBody: () => ({ value: undefined, diagnostics: [] }),
  decodeAttributes: (attrs) => {
    const diagnostics: Diagnostic[] = [];
    const value: Record<string, PlainData> = {};
    for (const [k, a] of attrs) {
      if (k === 'bogus') diagnostics.push(errorDiag('Unsupported argument', `An argument named "${k}" is not expected here.`, a.nameRange));
      else value[k] = valueToPlain(a.value);
    }
    return { value, diagnostics };
  },
};

const known: Record<string, string[]> = {
  builder: ['file', 'null'],
  provisioner: ['breakpoint', 'file', 'shell', 'shell-local'],
  'post-processor': ['artifice', 'checksum', 'compress', 'manifest', 'shell-local'],
  datasource: ['http', 'null'],
};

export function createFakeRegistry(): ComponentRegistry {
  return {
    get: (kind: ComponentKind, type: string): ComponentPlugin | undefined => ((known[kind] ?? []).includes(type) ? { kind, type, schema } : undefined),
    types: (kind) => [...(known[kind] ?? [])],
  };
}
