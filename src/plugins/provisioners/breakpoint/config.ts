// The breakpoint provisioner's options (Packer's provisioner/breakpoint Config).
import { packerCommonFields } from '../../common/packer-fields.js';
import { bool, object, optional, string, type Infer } from '../../schema/index.js';

export const breakpointSchema = object({
  ...packerCommonFields,
  note: optional(string()),
  disable: optional(bool(), false),
});

export type BreakpointConfig = Infer<typeof breakpointSchema>;
