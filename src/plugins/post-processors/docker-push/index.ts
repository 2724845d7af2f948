// The docker-push post-processor: Pushes the image to a registry.
import type { ComponentPlugin } from '../../types.js';
import { dockerPushSchema, type DockerPushConfig } from './config.js';

export const dockerPushPostProcessor: ComponentPlugin<DockerPushConfig> = {
  kind: 'post-processor',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  type: 'docker-push',
  schema: dockerPushSchema,
  description: 'Pushes the image to a registry.',
};
