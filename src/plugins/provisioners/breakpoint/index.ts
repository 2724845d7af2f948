// The breakpoint provisioner: pauses the build until the user presses enter.
import type { ComponentPlugin } from '../../types.js';
import { breakpointSchema, type BreakpointConfig } from './config.js';

export const breakpointProvisioner: ComponentPlugin<BreakpointConfig> = {
  kind: 'provisioner',
  type: 'breakpoint',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  schema: breakpointSchema,
  description: 'Pauses the build until Enter is pressed, to inspect the machine.',
};
