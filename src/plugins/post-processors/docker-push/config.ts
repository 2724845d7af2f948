// The docker-push post-processor's options (packer-plugin-docker post-processor/docker-push Config).
import { dockerAwsFields } from '../../builders/docker/config.js';
import { packerCommonFields } from '../../common/packer-fields.js';
import { bool, invalid, object, optional, string, type Infer } from '../../schema/index.js';

export const dockerPushSchema = object({
  ...packerCommonFields,
  docker_path: optional(string(), 'docker'),
  login: optional(bool(), false),
  login_username: optional(string()),
  login_password: optional(string()),
  login_server: optional(string()),
  ecr_login: optional(bool(), false),
  platform: optional(string()),
  keep_input_artifact: optional(bool()),
  ...dockerAwsFields,
}).check((c, ctx) =>
  c.ecr_login && !ctx.isUnknown('login_server') && (c.login_server ?? '') === ''
    ? [invalid('ECR login requires login server to be provided.', ctx.rangeOf('ecr_login'))]
    : [],
);

export type DockerPushConfig = Infer<typeof dockerPushSchema>;
