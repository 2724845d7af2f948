// The docker-tag post-processor: Tags the image from a docker builder or docker-import artifact.
import type { ComponentPlugin } from '../../types.js';
import { dockerTagSchema, type DockerTagConfig } from './config.js';

export const dockerTagPostProcessor: ComponentPlugin<DockerTagConfig> = {
  kind: 'post-processor',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  type: 'docker-tag',
  schema: dockerTagSchema,
  description: 'Tags the image from a docker builder or docker-import artifact.',
};
