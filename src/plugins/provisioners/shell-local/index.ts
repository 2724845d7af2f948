// The shell-local provisioner: runs commands on the machine running Kiln.
import type { ComponentPlugin } from '../../types.js';
import { shellLocalSchema, type ShellLocalConfig } from './config.js';

export const shellLocalProvisioner: ComponentPlugin<ShellLocalConfig> = {
  kind: 'provisioner',
  type: 'shell-local',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  schema: shellLocalSchema,
  renderedAtRuntime: ['execute_command'],
  description: 'Runs scripts or inline commands locally, on the machine running Kiln.',
};
