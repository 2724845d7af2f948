// Post-processor chains after Packer's packer/build.go: each chain starts from the builder's artifact, each step feeds the next, inputs are destroyed unless kept.
import type { Value } from '../../hcl/value/value.js';
import type { ConfiguredPostProcessor } from '../../template/plan.js';
import type { Artifact } from '../artifact.js';
import type { PluginContext } from '../plugin-runtime.js';
import type { Ui } from '../ui.js';
import { buildTimeConfig, postProcessorRuntime } from './runtimes.js';

export interface PostProcessInput {
  readonly chains: readonly (readonly ConfiguredPostProcessor[])[];
  readonly builderArtifact: Artifact;
  readonly ctx: PluginContext;
  readonly generatedData: ReadonlyMap<string, Value>;
  /** The UI a post-processor writes to: Packer targets it as `docker.web (docker-tag)`. */
  ppUi(pp: ConfiguredPostProcessor): Ui;
}

/** The artifacts the build ends with (the builder's first when kept) and the errors of failed chains. */
export async function runPostProcessors(input: PostProcessInput): Promise<{ artifacts: Artifact[]; errors: Error[] }> {
  const { ctx, builderArtifact } = input;
  const artifacts: Artifact[] = [];
  const errors: Error[] = [];
  let keepOriginal = input.chains.length === 0;
  for (const chain of input.chains) {
    let prior = builderArtifact;
    let completed = true;
    for (const [i, pp] of chain.entries()) {
      if (ctx.signal.aborted) break;
      ctx.ui.say(pp.name === undefined ? `Running post-processor: ${pp.type}` : `Running post-processor: ${pp.name} (type ${pp.type})`);
      let result: Awaited<ReturnType<Awaited<ReturnType<typeof postProcessorRuntime>>['postProcess']>>;
      try {
        const runtime = await postProcessorRuntime(pp);
        const config = buildTimeConfig(pp, input.generatedData);
        result = await runtime.postProcess(config, prior, { ...ctx, ui: input.ppUi(pp) });
      } catch (err) {
        errors.push(new Error(`Post-processor failed: ${(err as Error).message}`, { cause: err }));
        completed = false;
        break;
      }
      let keep = result.keepInput;
      if (pp.keepInputArtifact !== undefined && !(result.keepInput && !pp.keepInputArtifact && result.forceKeep === true)) {
        keep = pp.keepInputArtifact;
      }
      if (i === 0) {
        if (keep) keepOriginal = true;
      } else if (keep) {
        artifacts.push(prior);
      } else {
        await destroy(prior, errors, pp.type);
      }
      prior = result.artifact;
    }
    // A chain that failed part-way keeps what it made so far out of the results, as Packer does.
    if (completed && !ctx.signal.aborted) artifacts.push(prior);
  }
  if (keepOriginal) artifacts.unshift(builderArtifact);
  else await destroy(builderArtifact, errors, undefined);
  return { artifacts, errors };
}

async function destroy(artifact: Artifact, errors: Error[], ppType: string | undefined): Promise<void> {
  try {
    await artifact.destroy();
  } catch (err) {
    const msg = ppType === undefined ? `Error destroying builder artifact: ${(err as Error).message}` : `Failed cleaning up prior artifact: ${(err as Error).message}; pp is ${ppType}`;
    errors.push(new Error(msg, { cause: err }));
  }
}
