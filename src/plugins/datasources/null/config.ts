// The null data source's options (Packer's datasource/null Config): `input`, echoed back as `output`.
import { packerCommonFields } from '../../common/packer-fields.js';
import { invalid, object, optional, string, type Infer } from '../../schema/index.js';

export const nullDataSourceSchema = object({
  ...packerCommonFields,
  input: optional(string()),
}).check((c, ctx) =>
  !ctx.isUnknown('input') && (c.input ?? '') === '' ? [invalid('The `input` must be specified', ctx.rangeOf('input'))] : [],
);

export type NullDataSourceConfig = Infer<typeof nullDataSourceSchema>;
