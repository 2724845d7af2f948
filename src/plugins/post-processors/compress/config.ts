// The compress post-processor's options (Packer's post-processor/compress Config).
import { packerCommonFields } from '../../common/packer-fields.js';
import { bool, number, object, optional, string, type Infer } from '../../schema/index.js';

export const compressSchema = object({
  ...packerCommonFields,
  output: optional(string(), 'packer_{{.BuildName}}_{{.BuilderType}}'),
  format: optional(string()),
  /** 1 (fastest) to 9 (best); unset, 0 and negative mean the format's default; above 9 means 9. */
  compression_level: optional(number({ int: true })),
  archive: optional(string()),
  algorithm: optional(string()),
  keep_input_artifact: optional(bool()),
});

export type CompressConfig = Infer<typeof compressSchema>;

/**
 * The level asked for: above 9 is 9; unset, 0 and -1 (and below) are undefined, the format's default trade-off (as in
 * Packer, where they mean the compression library's default).
 */
export function effectiveCompressionLevel(level: number | undefined): number | undefined {
  if (level === undefined || level < 1) return undefined;
  return Math.min(level, 9);
}
