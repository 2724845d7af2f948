// The artifice post-processor: replaces the artifact with a new one made of the given files.
import type { ComponentPlugin } from '../../types.js';
import { artificeSchema, type ArtificeConfig } from './config.js';

export const artificePostProcessor: ComponentPlugin<ArtificeConfig> = {
  kind: 'post-processor',
  type: 'artifice',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  schema: artificeSchema,
  description: 'Replaces the artifact with one made of the listed files.',
};
