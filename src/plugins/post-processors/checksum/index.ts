// The checksum post-processor: writes checksum files for the artifact's files.
import type { ComponentPlugin } from '../../types.js';
import { checksumSchema, type ChecksumConfig } from './config.js';

export const checksumPostProcessor: ComponentPlugin<ChecksumConfig> = {
  kind: 'post-processor',
  type: 'checksum',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  schema: checksumSchema,
  renderedAtRuntime: ['output'],
  description: "Computes checksums of the artifact's files and writes them to a file.",
};
