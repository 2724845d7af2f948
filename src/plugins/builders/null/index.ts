// The null builder: creates no machine, only connects a communicator (or none) so provisioners can run.
import type { ComponentPlugin } from '../../types.js';
import { nullBuilderSchema, type NullBuilderConfig } from './config.js';

export const nullBuilder: ComponentPlugin<NullBuilderConfig> = {
  kind: 'builder',
  type: 'null',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  schema: nullBuilderSchema,
  description: 'Builds nothing: connects to an existing host (or none) so provisioners can run.',
};
