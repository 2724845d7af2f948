// The file provisioner's options (Packer's provisioner/file Config) and Prepare's validations.
import type { Diagnostic } from '../../../hcl/diagnostics/diagnostic.js';
import { packerCommonFields } from '../../common/packer-fields.js';
import { statError } from '../../common/shell-fields.js';
import { bool, invalid, list, object, optional, string, type Infer, present } from '../../schema/index.js';

export const fileProvisionerSchema = object({
  ...packerCommonFields,
  content: optional(string()),
  source: optional(string()),
  sources: optional(list(string()), []),
  destination: optional(string()),
  direction: optional(string(), 'upload'),
  generated: optional(bool(), false),
}).check((c, ctx) => {
  const out: Diagnostic[] = [];
  const has = (n: string) => present(c, ctx, n);
  const direction = c.direction;
  if (!ctx.isUnknown('direction') && direction !== 'download' && direction !== 'upload') {
    out.push(invalid('Direction must be one of: download, upload.', ctx.rangeOf('direction')));
  }
  if (direction === 'upload' && !c.generated && !ctx.isUnknown('generated')) {
    const check = (src: string, field: string) => {
      const err = statError(src);
      if (err !== undefined) out.push(invalid(`Bad source '${src}': ${err}`, ctx.rangeOf(field)));
    };
    for (const s of c.sources) check(s, 'sources');
    if (c.source !== undefined && c.source !== '') check(c.source, 'source');
  }
  if ((has('source') || has('sources')) && has('content')) {
    out.push(invalid('source(s) conflicts with content.', ctx.rangeOf('content')));
  }
  if (!has('destination')) out.push(invalid('Destination must be specified.', ctx.rangeOf('destination')));
  return out;
});

export type FileProvisionerConfig = Infer<typeof fileProvisionerSchema>;
