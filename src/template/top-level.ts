// The top-level blocks of every file, checked against Packer's root schema ("Unsupported block type" with did-you-mean).
import { basename } from 'node:path';
import type { Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import type { BodySchema } from '../hcl/structure.js';
import type { TemplateFile, TopLevelBlocks } from './files.js';

/** Packer's configSchema (hcl2template/parser.go) for the blocks Kiln reads. */
export const rootSchema: BodySchema = {
  blocks: [
    { type: 'packer' },
    { type: 'source', labelNames: ['type', 'name'] },
    { type: 'variables' },
    { type: 'variable', labelNames: ['name'] },
    { type: 'locals' },
    { type: 'local', labelNames: ['name'] },
    { type: 'data', labelNames: ['type', 'name'] },
    { type: 'build' },
  ],
};

export function emptyTopLevelBlocks(): TopLevelBlocks {
  return { packer: [], variable: [], variables: [], locals: [], local: [], data: [], source: [], build: [] };
}

const legacyRootKey = /^No argument or block type is named "(builders|provisioners|post-processors|min_packer_version|sensitive-variables)"/;

/** A `.pkr.json` file holding a legacy JSON template (it has "builders"): say how to use it as one. */
function withLegacyHint(d: Diagnostic, filename: string): Diagnostic {
  if (d.summary !== 'Extraneous JSON object property' || !legacyRootKey.test(d.detail ?? '')) return d;
  const legacyName = basename(filename).replace(/\.pkr\.json$/, '.json');
  return {
    ...d,
    detail: `${d.detail ?? ''} This looks like a legacy JSON template, but a file named *.pkr.json is read as HCL2 in JSON syntax. Rename it to ${legacyName} and give that file as the path, or convert it with \`kiln hcl2_upgrade ${legacyName}\`.`,
  };
}

/** Splits every file's root body into its top-level blocks, in file order then source order. */
export function collectTopLevelBlocks(files: readonly TemplateFile[]): { blocks: TopLevelBlocks; diagnostics: Diagnostic[] } {
  const blocks = emptyTopLevelBlocks();
  const diagnostics: Diagnostic[] = [];
  for (const f of files) {
    const { content, diagnostics: d } = f.body.content(rootSchema);
    diagnostics.push(...d.map((x) => withLegacyHint(x, f.filename)));
    for (const b of content.blocks) {
      const list = blocks[b.type as keyof TopLevelBlocks] as TopLevelBlocks[keyof TopLevelBlocks] | undefined;
      list?.push(b);
    }
  }
  return { blocks, diagnostics };
}
