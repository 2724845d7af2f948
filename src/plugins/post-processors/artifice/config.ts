// The artifice post-processor's options (Packer's post-processor/artifice Config).
import { packerCommonFields } from '../../common/packer-fields.js';
import { bool, invalid, list, object, optional, string, type Infer } from '../../schema/index.js';

export const artificeSchema = object({
  ...packerCommonFields,
  files: optional(list(string()), []),
  keep_input_artifact: optional(bool(), false),
}).check((c, ctx) =>
  !ctx.isUnknown('files') && c.files.length === 0
    ? [invalid('No files specified in artifice configuration', ctx.rangeOf('files'))]
    : [],
);

export type ArtificeConfig = Infer<typeof artificeSchema>;
