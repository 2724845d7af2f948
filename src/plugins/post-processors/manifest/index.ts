// The manifest post-processor: records each build's artifacts in a JSON file.
import type { ComponentPlugin } from '../../types.js';
import { manifestSchema, type ManifestConfig } from './config.js';

export const manifestPostProcessor: ComponentPlugin<ManifestConfig> = {
  kind: 'post-processor',
  type: 'manifest',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  schema: manifestSchema,
  description: "Writes the builds' artifacts to a JSON manifest file.",
};
