// The docker-save post-processor at build time: writes the input image as a `docker save` tar to `path`.
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { imageSave } from '../../../docker/images.js';
import type { PostProcessorRuntime } from '../../../core/plugin-runtime.js';
import { withTransport } from '../../builders/docker/runtime-api.js';
import { dockerImportBuilderId, dockerTagBuilderId } from '../../builders/docker/runtime-artifacts.js';
import type { DockerSaveConfig } from './config.js';

export const runtime: PostProcessorRuntime<DockerSaveConfig> = {
  async postProcess(config, input, ctx) {
    if (input.builderId !== dockerImportBuilderId && input.builderId !== dockerTagBuilderId) {
      throw new Error(`Unknown artifact type: ${input.builderId}\nCan only save Docker builder artifacts.`);
    }
    const path = config.path ?? '';
    const abs = resolve(ctx.cwd, path);
    ctx.ui.message(`Saving image: ${input.id}`);
    try {
      await withTransport(async (t) => {
        const tar = await imageSave(t, input.id, { signal: ctx.signal });
        await pipeline(tar, createWriteStream(abs), { signal: ctx.signal });
      });
    } catch (e) {
      await rm(abs, { force: true });
      throw e;
    }
    ctx.ui.message(`Saved to: ${path}`);
    return { artifact: input, keepInput: true };
  },
};
