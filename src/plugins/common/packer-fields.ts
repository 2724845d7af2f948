// The options Packer injects into every component (common.PackerConfig); templates may set them too.
import { list, map } from '../schema/collections.js';
import { optional } from '../schema/fields.js';
import { bool, string } from '../schema/primitives.js';

export const packerCommonFields = {
  packer_build_name: optional(string()),
  packer_builder_type: optional(string()),
  packer_core_version: optional(string()),
  packer_debug: optional(bool()),
  packer_force: optional(bool()),
  packer_on_error: optional(string()),
  packer_user_variables: optional(map(string())),
  packer_sensitive_variables: optional(list(string())),
} as const;
