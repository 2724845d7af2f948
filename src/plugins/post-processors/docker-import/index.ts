// The docker-import post-processor: Imports a docker export tarball as an image.
import type { ComponentPlugin } from '../../types.js';
import { dockerImportSchema, type DockerImportConfig } from './config.js';

export const dockerImportPostProcessor: ComponentPlugin<DockerImportConfig> = {
  kind: 'post-processor',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  type: 'docker-import',
  schema: dockerImportSchema,
  description: 'Imports a docker export tarball as an image.',
};
