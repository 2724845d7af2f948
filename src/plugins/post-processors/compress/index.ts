// The compress post-processor: archives and compresses the artifact's files (tar/zip, gzip/lz4/xz/...).
import type { ComponentPlugin } from '../../types.js';
import { compressSchema, type CompressConfig } from './config.js';

export const compressPostProcessor: ComponentPlugin<CompressConfig> = {
  kind: 'post-processor',
  type: 'compress',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  schema: compressSchema,
  renderedAtRuntime: ['output'],
  description: "Compresses the artifact's files into an archive chosen by the output name's extension.",
};
