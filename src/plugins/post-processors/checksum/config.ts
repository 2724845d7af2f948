// The checksum post-processor's options (Packer's post-processor/checksum Config) and validations.
import { packerCommonFields } from '../../common/packer-fields.js';
import { bool, invalid, list, object, optional, string, type Infer } from '../../schema/index.js';

export const checksumTypes = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'] as const;

export const checksumSchema = object({
  ...packerCommonFields,
  checksum_types: optional(list(string()), ['md5']),
  output: optional(string(), 'packer_{{.BuildName}}_{{.BuilderType}}_{{.ChecksumType}}.checksum'),
  keep_input_artifact: optional(bool()),
}).check((c, ctx) =>
  ctx.isUnknown('checksum_types')
    ? []
    : c.checksum_types
        .filter((t) => !(checksumTypes as readonly string[]).includes(t))
        .map((t) => invalid(`Unrecognized checksum type: ${t}`, ctx.rangeOf('checksum_types'))),
);

export type ChecksumConfig = Infer<typeof checksumSchema>;
