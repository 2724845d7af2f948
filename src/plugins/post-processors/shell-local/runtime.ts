// The shell-local post-processor at build time: runs the scripts locally and always keeps the input artifact.
import type { PostProcessorRuntime } from '../../../core/plugin-runtime.js';
import type { ShellLocalConfig } from '../../provisioners/shell-local/config.js';
import { runShellLocal } from '../../provisioners/shell-local/run-shell-local.js';

export const runtime: PostProcessorRuntime<ShellLocalConfig> = {
  async postProcess(config, input, ctx) {
    await runShellLocal(config, { signal: ctx.signal, ui: ctx.ui, buildName: ctx.buildName, buildType: ctx.buildType, cwd: ctx.cwd });
    // Packer: the artifact passes through unchanged, kept, and the user cannot override that.
    return { artifact: input, keepInput: true, forceKeep: true };
  },
};
