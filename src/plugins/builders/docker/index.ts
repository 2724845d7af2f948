// The docker builder: runs a container from an image, provisions it, then commits, exports or discards it.
import type { ComponentPlugin } from '../../types.js';
import { dockerBuilderSchema, type DockerBuilderConfig } from './config.js';

export const dockerBuilder: ComponentPlugin<DockerBuilderConfig> = {
  kind: 'builder',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  type: 'docker',
  schema: dockerBuilderSchema,
  renderedAtRuntime: ['run_command'],
  generatedData: ['ImageSha256', 'SourceImageSha256'],
  description: 'Builds a Docker image (commit) or filesystem tarball (export_path) from a container.',
};
