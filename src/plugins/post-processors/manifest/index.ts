// The manifest post-processor: records each build's artifacts in a JSON file.
import type { ComponentPlugin } from '../../types.js';
import { manifestSchema, type ManifestConfig } from './config.js';

export const manifestPostProcessor: ComponentPlugin<ManifestConfig> = {
  kind: 'post-processor',
  type: 'manifest',
  schema: manifestSchema,
  description: "Writes the builds' artifacts to a JSON manifest file.",
};
