// The shell-local post-processor: runs commands locally after a build; always keeps the input artifact.
import { shellLocalSchema, type ShellLocalConfig } from '../../provisioners/shell-local/config.js';
import type { ComponentPlugin } from '../../types.js';

export const shellLocalPostProcessor: ComponentPlugin<ShellLocalConfig> = {
  kind: 'post-processor',
  type: 'shell-local',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  schema: shellLocalSchema,
  renderedAtRuntime: ['execute_command'],
  description: 'Runs scripts or inline commands locally with the artifact in the environment.',
};
