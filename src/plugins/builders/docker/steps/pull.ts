// Step: pull the base image (Packer's StepPull), tolerating an unreachable registry when the image is already local.
import type { Step } from '../../../../core/step.js';
import type { RegistryAuth } from './docker-api.js';
import type { DockerBuildBase, PullOut } from './state.js';

/** The credentials of login/login_username/login_password/login_server, when login is on. */
export function loginAuth(c: { login: boolean; login_username?: string | undefined; login_password?: string | undefined; login_server?: string | undefined }): RegistryAuth | undefined {
  if (!c.login) return undefined;
  return { username: c.login_username ?? '', password: c.login_password ?? '', serveraddress: c.login_server ?? '' };
}

export function pullStep(): Step<DockerBuildBase, PullOut> {
  return {
    name: 'StepPull',
    async run(ctx, { config, api }) {
      const image = config.image ?? '';
      if (config.ecr_login) return { action: 'halt', error: new Error('ecr_login is not supported yet') };
      let local = await api.inspectImage(image, ctx.signal);
      if (config.pull) {
        ctx.ui.say(`Pulling Docker image: ${image}`);
        if (config.login) ctx.ui.message('Logging in...');
        const auth = loginAuth(config);
        try {
          await api.pullImage(image, { ...(config.platform ? { platform: config.platform } : {}), ...(auth ? { auth } : {}) }, ctx.signal);
          local = await api.inspectImage(image, ctx.signal);
        } catch (e) {
          if (ctx.signal.aborted || local === undefined) {
            return { action: 'halt', error: new Error(`Error pulling Docker image: ${(e as Error).message}`, { cause: e }) };
          }
          // Kiln's one departure: an image that is already local still builds when its registry is unreachable.
          ctx.ui.error(`Warning: could not pull ${image} (${(e as Error).message}); using the local image ${local.id}`);
        }
      }
      if (local === undefined) {
        return { action: 'halt', error: new Error(`Error pulling Docker image: image ${image} is not present locally and pull is disabled`) };
      }
      return { action: 'continue', output: { baseImage: local } };
    },
  };
}
