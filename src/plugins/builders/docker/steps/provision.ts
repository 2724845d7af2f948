// Step: connect the docker communicator to the container and fire the provision hook (Packer's StepConnectDocker +
// StepProvision); its cleanup fires the cleanup-provision hook when the build failed, as StepProvision.Cleanup.
import type { Communicator } from '../../../../communicator/communicator.js';
import { Value } from '../../../../hcl/value/value.js';
import type { CleanupProvisionHook, ProvisionHook } from '../../../../core/plugin-runtime.js';
import type { Step } from '../../../../core/step.js';
import { defaultContainerDir } from './run-container.js';
import type { ContainerOut, DockerBuildBase } from './state.js';

export const provisionStepName = 'StepProvision';

export interface ProvisionHooks {
  readonly provision: ProvisionHook;
  readonly cleanupProvision: CleanupProvisionHook;
}

/** Packer's docker builder reports the container as `instance_id` (build.ID) and connects with type "docker". */
function withContainer(data: ReadonlyMap<string, Value>, containerId: string): Map<string, Value> {
  return new Map([['ID', Value.string(containerId)], ['ConnType', Value.string('docker')], ...data]);
}

export function provisionStep(hooks: ProvisionHooks, generatedData: () => ReadonlyMap<string, Value>): Step<DockerBuildBase & ContainerOut> {
  let comm: Communicator | undefined;
  return {
    name: provisionStepName,
    async run(_ctx, { config, api, containerId }) {
      comm = api.communicator(containerId, {
        ...(config.exec_user ? { user: config.exec_user } : {}),
        containerDir: config.container_dir ?? defaultContainerDir,
        fixUploadOwner: config.fix_upload_owner,
      });
      await hooks.provision(comm, withContainer(generatedData(), containerId));
      return { action: 'continue', output: {} };
    },
    async cleanup(ctx, { containerId }) {
      // -on-error decides whether this runs at all (not after abort, always with run-cleanup-provisioner).
      if (ctx.outcome === 'ok' || comm === undefined) return;
      await hooks.cleanupProvision(comm, withContainer(generatedData(), containerId), ctx.error ?? new Error('Build was cancelled'));
    },
  };
}
