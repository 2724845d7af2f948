// The artifice post-processor at build time: replaces the artifact with one made of the listed files.
import type { PostProcessorRuntime } from '../../../core/plugin-runtime.js';
import { createFilesArtifact } from '../../builders/file/file-artifact.js';
import type { ArtificeConfig } from './config.js';

export const artificeBuilderId = 'packer.post-processor.artifice';

export const runtime: PostProcessorRuntime<ArtificeConfig> = {
  async postProcess(config, input, ctx) {
    if (config.files.length === 0) throw new Error('No files specified in artifice configuration');
    const artifact = createFilesArtifact({
      builderId: artificeBuilderId,
      cwd: ctx.cwd,
      files: config.files,
      describe: `Created artifact from files: ${config.files.join(', ')}`,
      state: { generated_data: input.state('generated_data') },
    });
    return { artifact, keepInput: config.keep_input_artifact };
  },
};
