// The shell-local provisioner at build time: runs the scripts locally with the build's variables.
import type { ProvisionerRuntime } from '../../../core/plugin-runtime.js';
import type { ShellLocalConfig } from './config.js';
import { runShellLocal } from './run-shell-local.js';

export const runtime: ProvisionerRuntime<ShellLocalConfig> = {
  async provision(config, ctx) {
    await runShellLocal(config, { signal: ctx.signal, ui: ctx.ui, buildName: ctx.buildName, buildType: ctx.buildType, cwd: ctx.cwd });
  },
};
