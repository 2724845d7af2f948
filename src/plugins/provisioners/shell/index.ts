// The shell provisioner: runs scripts or inline commands on the machine being built.
import type { ComponentPlugin } from '../../types.js';
import { shellSchema, type ShellConfig } from './config.js';

export const shellProvisioner: ComponentPlugin<ShellConfig> = {
  kind: 'provisioner',
  type: 'shell',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  schema: shellSchema,
  renderedAtRuntime: ['execute_command'],
  description: 'Runs shell scripts or inline commands on the machine over the communicator.',
};
