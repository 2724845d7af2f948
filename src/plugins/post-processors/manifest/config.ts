// The manifest post-processor's options (Packer's post-processor/manifest Config).
import { packerCommonFields } from '../../common/packer-fields.js';
import { bool, map, object, optional, string, type Infer } from '../../schema/index.js';

export const manifestSchema = object({
  ...packerCommonFields,
  output: optional(string(), 'packer-manifest.json'),
  strip_path: optional(bool(), false),
  strip_time: optional(bool(), false),
  custom_data: optional(map(string()), {}),
  keep_input_artifact: optional(bool()),
});

export type ManifestConfig = Infer<typeof manifestSchema>;
