// The docker-save post-processor: Saves the image to a tar file with docker save.
import type { ComponentPlugin } from '../../types.js';
import { dockerSaveSchema, type DockerSaveConfig } from './config.js';

export const dockerSavePostProcessor: ComponentPlugin<DockerSaveConfig> = {
  kind: 'post-processor',
  type: 'docker-save',
  schema: dockerSaveSchema,
  description: 'Saves the image to a tar file with docker save.',
};
