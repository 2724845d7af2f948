// The docker-import post-processor at build time: imports the exported tar (docker builder export_path, artifice) as repository[:tag].
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { imageImport, imageTag } from '../../../docker/images.js';
import type { PostProcessorRuntime } from '../../../core/plugin-runtime.js';
import { removeImageByName, withTransport } from '../../builders/docker/runtime-api.js';
import { artificeBuilderId, dockerBuilderId, dockerImportBuilderId, imageArtifact } from '../../builders/docker/runtime-artifacts.js';
import type { DockerImportConfig } from './config.js';

export const runtime: PostProcessorRuntime<DockerImportConfig> = {
  async postProcess(config, input, ctx) {
    if (input.builderId !== dockerBuilderId && input.builderId !== artificeBuilderId) {
      throw new Error(
        `Unknown artifact type: ${input.builderId}\nCan only import from Docker builder and Artifice post-processor artifacts. If you are getting this error after having run the docker builder, it may be because you set commit: true in your Docker builder, so the image is already imported. `,
      );
    }
    const file = input.files[0];
    if (file === undefined || file === '') throw new Error('The artifact has no file to import');
    const repo = (config.repository ?? '') + (config.tag ? `:${config.tag}` : '');
    ctx.ui.message(`Importing image: ${input.id}`);
    ctx.ui.message(`Repository: ${repo}`);
    // Imported unnamed, then tagged: podman's compat import ignores the `tag` parameter (it names the image repo:latest).
    const id = await withTransport(async (t) => {
      const imported = await imageImport(t, createReadStream(resolve(ctx.cwd, file)), {
        signal: ctx.signal,
        changes: config.changes,
        ...(config.platform ? { platform: config.platform } : {}),
      });
      if (imported.id === undefined) throw new Error('The daemon did not report the imported image id');
      if (repo !== '') await imageTag(t, imported.id, repo, { signal: ctx.signal });
      return imported.id;
    });
    ctx.ui.message(`Imported ID: ${id}`);
    const artifact = imageArtifact({ builderId: dockerImportBuilderId, id: repo !== '' ? repo : id, removeImage: removeImageByName });
    return { artifact, keepInput: false };
  },
};
