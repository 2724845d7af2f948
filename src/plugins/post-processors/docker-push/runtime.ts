// The docker-push post-processor at build time: pushes the input image and each of its tags to their registries.
import { imageInspect, imagePush } from '../../../docker/images.js';
import { login, type RegistryAuth } from '../../../docker/system.js';
import type { PostProcessorRuntime } from '../../../core/plugin-runtime.js';
import { removeImageByName, withTransport } from '../../builders/docker/runtime-api.js';
import { dockerImportBuilderId, dockerTagBuilderId, dockerTagsOf, imageArtifact } from '../../builders/docker/runtime-artifacts.js';
import type { DockerPushConfig } from './config.js';

export const runtime: PostProcessorRuntime<DockerPushConfig> = {
  async postProcess(config, input, ctx) {
    if (input.builderId !== dockerImportBuilderId && input.builderId !== dockerTagBuilderId) {
      throw new Error(`Unknown artifact type: ${input.builderId}\nCan only import from docker-import and docker-tag artifacts.`);
    }
    if (config.ecr_login) throw new Error('ecr_login is not supported yet');
    const tags = dockerTagsOf(input);
    const names = [...new Set([input.id, ...tags])];
    let auth: RegistryAuth | undefined;
    const digest = await withTransport(async (t) => {
      if (config.login) {
        ctx.ui.message('Logging in...');
        auth = { username: config.login_username ?? '', password: config.login_password ?? '', serveraddress: config.login_server ?? '' };
        try {
          await login(t, auth, { signal: ctx.signal });
        } catch (e) {
          throw new Error(`Error logging in to Docker: ${(e as Error).message}`, { cause: e });
        }
      }
      for (const name of names) {
        ctx.ui.message(`Pushing: ${name}`);
        await imagePush(t, name, { signal: ctx.signal, ...(auth ? { auth } : {}) });
      }
      const info = await imageInspect(t, input.id, { signal: ctx.signal }).catch(() => undefined);
      return info?.RepoDigests?.[0]?.split('@')[1];
    });
    if (digest === undefined) ctx.ui.message('Unable to determine digest for source image, ignoring it for now');
    const previous = input.state('generated_data');
    const generated: Record<string, string> = {};
    if (typeof previous === 'object' && previous !== null) {
      for (const [k, v] of Object.entries(previous)) if (typeof v === 'string') generated[k] = v;
    }
    generated['Digest'] = digest ?? '';
    const artifact = imageArtifact({ builderId: dockerImportBuilderId, id: names[0]!, tags, generatedData: generated, removeImage: removeImageByName });
    return { artifact, keepInput: true };
  },
};
