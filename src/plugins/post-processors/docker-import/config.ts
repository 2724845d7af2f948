// The docker-import post-processor's options (packer-plugin-docker post-processor/docker-import Config).
import { packerCommonFields } from '../../common/packer-fields.js';
import { bool, list, object, optional, string, type Infer } from '../../schema/index.js';

export const dockerImportSchema = object({
  ...packerCommonFields,
  docker_path: optional(string(), 'docker'),
  repository: optional(string()),
  tag: optional(string()),
  changes: optional(list(string()), []),
  platform: optional(string()),
  keep_input_artifact: optional(bool()),
});

export type DockerImportConfig = Infer<typeof dockerImportSchema>;
