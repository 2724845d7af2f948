// The compress post-processor's options (Packer's post-processor/compress Config).
import { packerCommonFields } from '../../common/packer-fields.js';
import { bool, number, object, optional, string, type Infer } from '../../schema/index.js';

export const compressSchema = object({
  ...packerCommonFields,
  output: optional(string(), 'packer_{{.BuildName}}_{{.BuilderType}}'),
  format: optional(string()),
  /** 1 (fastest) to 9 (best); 0 and -1 mean the default (6); above 9 means 9. */
  compression_level: optional(number({ int: true })),
  archive: optional(string()),
  algorithm: optional(string()),
  keep_input_artifact: optional(bool()),
});

export type CompressConfig = Infer<typeof compressSchema>;

/** Packer's effective compression level: above 9 is 9, 0 and -1 (and unset) are the default 6. */
export function effectiveCompressionLevel(level: number | undefined): number {
  if (level === undefined || level === 0 || level === -1) return 6;
  return Math.min(level, 9);
}
