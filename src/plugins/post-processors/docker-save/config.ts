// The docker-save post-processor's options (packer-plugin-docker post-processor/docker-save Config).
import { packerCommonFields } from '../../common/packer-fields.js';
import { bool, object, optional, string, type Infer } from '../../schema/index.js';

export const dockerSaveSchema = object({
  ...packerCommonFields,
  docker_path: optional(string(), 'docker'),
  path: optional(string()),
  keep_input_artifact: optional(bool()),
});

export type DockerSaveConfig = Infer<typeof dockerSaveSchema>;
