// The docker-save post-processor: Saves the image to a tar file with docker save.
import type { ComponentPlugin } from '../../types.js';
import { dockerSaveSchema, type DockerSaveConfig } from './config.js';

export const dockerSavePostProcessor: ComponentPlugin<DockerSaveConfig> = {
  kind: 'post-processor',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  type: 'docker-save',
  schema: dockerSaveSchema,
  description: 'Saves the image to a tar file with docker save.',
};
