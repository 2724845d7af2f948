// Step: connect the docker communicator to the container and fire the provision hook (Packer's StepConnectDocker + StepProvision).
import type { Value } from '../../../../hcl/value/value.js';
import type { ProvisionHook } from '../../../../core/plugin-runtime.js';
import type { Step } from '../../../../core/step.js';
import { defaultContainerDir } from './run-container.js';
import type { ContainerOut, DockerBuildBase } from './state.js';

export const provisionStepName = 'StepProvision';

export function provisionStep(hook: ProvisionHook, generatedData: () => ReadonlyMap<string, Value>): Step<DockerBuildBase & ContainerOut> {
  return {
    name: provisionStepName,
    async run(_ctx, { config, api, containerId }) {
      const comm = api.communicator(containerId, {
        ...(config.exec_user ? { user: config.exec_user } : {}),
        containerDir: config.container_dir ?? defaultContainerDir,
        fixUploadOwner: config.fix_upload_owner,
      });
      await hook(comm, generatedData());
      return { action: 'continue', output: {} };
    },
  };
}
