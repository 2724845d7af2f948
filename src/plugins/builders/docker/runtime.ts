// The docker builder at build time: temp dir → pull → run container → provision → commit / export / discard.
import type { Artifact } from '../../../core/artifact.js';
import { withDebugPause } from '../../../core/debug-runner.js';
import { createOnError } from '../../../core/on-error.js';
import { CleanupProvisionError } from '../../../core/build/provision-hook.js';
import type { BuilderContext, BuilderRuntime } from '../../../core/plugin-runtime.js';
import { sequence, type AnyStep, type RunResult } from '../../../core/runner.js';
import { Value } from '../../../hcl/value/value.js';
import type { DockerBuilderConfig } from './config.js';
import { openDockerApi, withDockerApi } from './runtime-api.js';
import { dockerImportBuilderId, exportArtifact, imageArtifact } from './runtime-artifacts.js';
import { commitStep } from './steps/commit.js';
import type { DockerBuilderApi } from './steps/docker-api.js';
import { exportStep } from './steps/export.js';
import { provisionStep, provisionStepName } from './steps/provision.js';
import { pullStep } from './steps/pull.js';
import { runContainerStep } from './steps/run-container.js';
import type { DockerBuildBase } from './steps/state.js';
import { tempDirStep } from './steps/temp-dir.js';

/** Runs the builder against an API port (the runtime uses the Engine API client; tests may pass a fake). */
export async function runDockerBuild(config: DockerBuilderConfig, ctx: BuilderContext, api: DockerBuilderApi): Promise<Artifact | undefined> {
  if (config.windows_container) throw new Error('windows_container is not supported yet');
  const generated: Record<string, string> = {};
  const generatedData = (): ReadonlyMap<string, Value> => new Map(Object.entries(generated).map(([k, v]) => [k, Value.string(v)]));
  // One -on-error decorator for the whole run: its steps share what failed and whether the user chose to abort.
  const onError = createOnError(ctx.onError, { alwaysCleanup: (name) => name === provisionStepName });
  const decorate = (step: AnyStep): AnyStep => (ctx.debug ? withDebugPause(onError(step)) : onError(step));
  const base: DockerBuildBase = { config, api, cwd: ctx.cwd };
  const prefix = sequence<DockerBuildBase>().add(tempDirStep()).add(pullStep()).add(runContainerStep()).add(provisionStep(ctx, generatedData));
  const runCtx = {
    signal: ctx.signal,
    ui: ctx.ui,
    onStep: (phase: 'run' | 'cleanup', name: string) => ctx.log?.(`[INFO] (docker) ${phase === 'run' ? 'Executing step' : 'Cleaning up step'} ${name}`),
  };

  const finish = <S>(result: RunResult<S>): S | undefined => {
    if (result.outcome === 'ok') return result.state;
    if (result.outcome === 'cancelled') return undefined;
    // A failed error-cleanup-provisioner names both errors, as Packer's build error.
    const cleanupFailure = result.cleanupErrors.map((e) => e.cause).find((c) => c instanceof CleanupProvisionError);
    throw cleanupFailure ?? result.error;
  };

  if (config.commit) {
    const state = finish(await prefix.add(commitStep()).map(decorate).run(base, runCtx));
    if (state === undefined) return undefined;
    generated['ImageSha256'] = state.imageId;
    generated['SourceImageSha256'] = state.baseImage.id;
    return imageArtifact({ builderId: dockerImportBuilderId, id: state.imageId, generatedData: { ...generated }, removeImage: (id) => withDockerApi((a) => a.removeImage(id)) });
  }
  if (config.export_path !== undefined && config.export_path !== '') {
    const state = finish(await prefix.add(exportStep()).map(decorate).run(base, runCtx));
    if (state === undefined) return undefined;
    return exportArtifact(state.exportPath, ctx.cwd, { ...generated });
  }
  // discard: StepRun's cleanup removes the container; Packer still returns an (empty) export artifact.
  const state = finish(await prefix.map(decorate).run(base, runCtx));
  return state === undefined ? undefined : { ...exportArtifact('', ctx.cwd, { ...generated }), files: [], destroy: async () => undefined };
}

export const runtime: BuilderRuntime<DockerBuilderConfig> = {
  async run(config, ctx) {
    const api = await openDockerApi(ctx.signal, ctx.log);
    try {
      return await runDockerBuild(config, ctx, api);
    } finally {
      api.close();
    }
  },
};
