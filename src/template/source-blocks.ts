// Top-level `source "type" "name"` blocks: one per type and name ("Duplicate source block" names both places).
import { errorDiag, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import { formatRange } from '../hcl/source/pos.js';
import type { Block, Body } from '../hcl/structure.js';

export interface SourceDef {
  type: string;
  name: string;
  block: Block;
  /** The block's body, expanding dynamic blocks. */
  body: Body;
}

/** Indexes source blocks by `type.name`; `wrap` prepares each body (dynamic blocks). */
export function collectSources(blocks: readonly Block[], wrap: (b: Body) => Body): { sources: Map<string, SourceDef>; diagnostics: Diagnostic[] } {
  const sources = new Map<string, SourceDef>();
  const diagnostics: Diagnostic[] = [];
  for (const block of blocks) {
    const [type = '', name = ''] = block.labels;
    const key = `${type}.${name}`;
    const existing = sources.get(key);
    if (existing !== undefined) {
      diagnostics.push({
        ...errorDiag(
          'Duplicate source block',
          `This source block has the same builder type and name as a previous block declared at ${formatRange(existing.block.defRange)}. Each source must have a unique name per builder type.`,
          block.defRange,
        ),
        related: [{ range: existing.block.defRange, message: 'previously declared here' }],
      });
      continue;
    }
    sources.set(key, { type, name, block, body: wrap(block.body) });
  }
  return { sources, diagnostics };
}
