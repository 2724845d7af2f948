// The artifice post-processor at build time: replaces the artifact with one made of the listed files.
import type { PostProcessorRuntime } from '../../../core/plugin-runtime.js';
import { createFilesArtifact } from '../../builders/file/file-artifact.js';
import type { ArtificeConfig } from './config.js';

export const artificeBuilderId = 'packer.post-processor.artifice';

export const runtime: PostProcessorRuntime<ArtificeConfig> = {
  async postProcess(config, input, ctx) {
    if (config.files.length === 0) throw new Error('No files specified in artifice configuration');
    if (input.files.length > 0) ctx.ui.say(`Discarding files from artifact: ${input.files.join(', ')}`);
    const artifact = createFilesArtifact({
      builderId: artificeBuilderId,
      cwd: ctx.cwd,
      files: config.files,
      describe: `Created artifact from files: ${config.files.join(', ')}`,
      state: { generated_data: input.state('generated_data') },
    });
    ctx.ui.say(`Using these artifact files: ${config.files.join(', ')}`);
    // Packer's artifice keeps its input by default (keep_input_artifact = false still drops it).
    return { artifact, keepInput: true };
  },
};
