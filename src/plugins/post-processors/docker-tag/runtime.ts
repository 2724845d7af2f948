// The docker-tag post-processor at build time: tags the input image as repository[:tag] for each tag (Packer's texts).
import { imageTag } from '../../../docker/images.js';
import type { PostProcessorRuntime } from '../../../core/plugin-runtime.js';
import { withTransport, removeImageByName } from '../../builders/docker/runtime-api.js';
import { dockerImportBuilderId, dockerTagBuilderId, imageArtifact } from '../../builders/docker/runtime-artifacts.js';
import type { DockerTagConfig } from './config.js';

export const runtime: PostProcessorRuntime<DockerTagConfig> = {
  async postProcess(config, input, ctx) {
    if (config.tag.length > 0) {
      ctx.ui.say(
        'Deprecation warning: "tag" option has been replaced with "tags". In future versions of Packer, this configuration may not work. Please call `packer fix` on your template to update.',
      );
    }
    if (input.builderId !== dockerTagBuilderId && input.builderId !== dockerImportBuilderId) {
      throw new Error(`Unknown artifact type: ${input.builderId}\nCan only tag from Docker builder artifacts.`);
    }
    const repo = config.repository ?? '';
    const tags = [...config.tag, ...config.tags];
    const names = tags.length > 0 ? tags.map((t) => `${repo}:${t}`) : [repo];
    await withTransport(async (t) => {
      for (const name of names) {
        ctx.ui.message(`Tagging image: ${input.id}`);
        ctx.ui.message(`Repository: ${name}`);
        await imageTag(t, input.id, name, { signal: ctx.signal });
      }
    });
    const generated = input.state('generated_data');
    const artifact = imageArtifact({
      builderId: dockerTagBuilderId,
      id: names[names.length - 1]!,
      tags: tags.length > 0 ? names : [],
      ...(isStringRecord(generated) ? { generatedData: generated } : {}),
      removeImage: removeImageByName,
    });
    // As Packer: deleting the tagged image would make the tag pointless, so the input is always kept.
    return { artifact, keepInput: true, forceKeep: true };
  },
};

function isStringRecord(v: unknown): v is Record<string, string> {
  return typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string');
}
