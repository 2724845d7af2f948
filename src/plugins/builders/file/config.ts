// The file builder's options (Packer's builder/file Config): writes `content` or copies `source` to `target`.
import { packerCommonFields } from '../../common/packer-fields.js';
import { invalid, object, optional, string, type Infer, present } from '../../schema/index.js';
import { warningDiag, type Diagnostic } from '../../../hcl/diagnostics/diagnostic.js';

export const fileBuilderSchema = object({
  ...packerCommonFields,
  source: optional(string()),
  target: optional(string()),
  content: optional(string()),
}).check((c, ctx) => {
  const out: Diagnostic[] = [];
  const has = (n: string) => present(c, ctx, n);
  if (!has('target')) out.push(invalid('target required', ctx.rangeOf('target')));
  if (!has('content') && !has('source')) {
    out.push(warningDiag('Both source file and contents are blank; target will have no content', undefined, ctx.blockRange));
  }
  if (has('content') && has('source')) {
    const [a, b] = [ctx.rangeOf('content'), ctx.rangeOf('source')];
    out.push(invalid('Cannot specify source file AND content', a.start.byte > b.start.byte ? a : b));
  }
  return out;
});

export type FileBuilderConfig = Infer<typeof fileBuilderSchema>;
