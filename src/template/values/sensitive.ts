// The strings to mask as <sensitive> in output: every known string inside a sensitive variable's or local's value.
import type { Value } from '../../hcl/value/value.js';

/** Adds each known, non-null string nested in `v` to `out` (Packer's filterVarsFromLogs). */
export function collectSensitiveStrings(v: Value, out: Set<string>): void {
  if (!v.isKnown || v.isNull) return;
  switch (v.type.kind) {
    case 'string': {
      const s = v.asString();
      if (s !== '') out.add(s);
      return;
    }
    case 'list':
    case 'set':
    case 'tuple':
      for (const e of v.elements()) collectSensitiveStrings(e, out);
      return;
    case 'map':
    case 'object':
      for (const e of v.attributes().values()) collectSensitiveStrings(e, out);
      return;
    default:
      return;
  }
}
