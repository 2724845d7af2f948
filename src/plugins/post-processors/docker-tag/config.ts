// The docker-tag post-processor's options (packer-plugin-docker post-processor/docker-tag Config).
import { packerCommonFields } from '../../common/packer-fields.js';
import { bool, list, object, optional, string, type Infer } from '../../schema/index.js';

export const dockerTagSchema = object({
  ...packerCommonFields,
  docker_path: optional(string(), 'docker'),
  repository: optional(string()),
  /** Deprecated spelling of `tags`; both are combined. */
  tag: optional(list(string()), []),
  tags: optional(list(string()), []),
  force: optional(bool(), false),
  keep_input_artifact: optional(bool()),
});

export type DockerTagConfig = Infer<typeof dockerTagSchema>;
