// One build: the builder's runtime with the provision hook, then the post-processor chains; its artifacts or its error.
import { Value } from '../../hcl/value/value.js';
import type { PlannedBuild } from '../../template/plan.js';
import type { Artifact } from '../artifact.js';
import type { PluginContext } from '../plugin-runtime.js';
import type { BuildUis } from './build-uis.js';
import { runPostProcessors } from './post-process.js';
import { createCleanupProvisionHook, createProvisionHook, type ProvisionHookState } from './provision-hook.js';
import { CancelledError } from './provisioner-wrappers.js';
import { builderRuntime } from './runtimes.js';
import { provisionHookData } from './hook-data.js';

export type OnErrorMode = PluginContext['onError'];

export interface BuildSettings {
  readonly signal: AbortSignal;
  readonly uis: BuildUis;
  readonly debug: boolean;
  readonly force: boolean;
  readonly onError: OnErrorMode;
  readonly cwd: string;
  readonly templateDir: string;
  readonly log?: (line: string) => void;
}

/** Packer's MultiError text, for a build whose post-processors failed. */
export class MultiError extends Error {
  constructor(readonly errors: readonly Error[]) {
    super(`${errors.length} error(s) occurred:\n\n${errors.map((e) => `* ${e.message}`).join('\n')}`, { cause: errors[0] });
    this.name = 'MultiError';
  }
}

/**
 * Packer's packer_build_name (PACKER_BUILD_NAME, the manifest's `name`, `{{.BuildName}}`): the source as in
 * `docker.web`, without the build block's name that prefixes the build's name in the UI (`app.docker.web`).
 */
export function packerBuildName(build: Pick<PlannedBuild, 'name' | 'buildName'>): string {
  const prefix = build.buildName === undefined ? '' : `${build.buildName}.`;
  return prefix !== '' && build.name.startsWith(prefix) ? build.name.slice(prefix.length) : build.name;
}

/**
 * What post-processors see as build data: the provision hook's data with the builder artifact's generated_data
 * on top (docker's ImageSha256 and SourceImageSha256), as Packer's shared generated_data map gives them.
 */
function postProcessorData(hookData: ReadonlyMap<string, Value>, artifact: Artifact): Map<string, Value> {
  const merged = new Map(hookData);
  const fromArtifact = artifact.state('generated_data');
  if (fromArtifact !== null && typeof fromArtifact === 'object') {
    for (const [k, v] of Object.entries(fromArtifact)) if (typeof v === 'string') merged.set(k, Value.string(v));
  }
  return provisionHookData(merged);
}

/** Runs one build; resolves with its artifacts (none when the builder made none) or rejects with its error. */
export async function runBuild(build: PlannedBuild, index: number, s: BuildSettings): Promise<Artifact[]> {
  const ui = s.uis.targeted(index, build.name);
  const ctx: PluginContext = {
    signal: s.signal,
    ui,
    buildName: packerBuildName(build),
    buildType: build.source.type,
    debug: s.debug,
    force: s.force,
    onError: s.onError,
    cwd: s.cwd,
    templateDir: s.templateDir,
    ...(s.log !== undefined ? { log: s.log } : {}),
  };
  const state: ProvisionHookState = { generatedData: new Map<string, Value>() };
  s.log?.(`[INFO] Running builder: ${build.source.type} (${build.name})`);
  const runtime = await builderRuntime(build.builder);
  if (s.signal.aborted) throw new CancelledError();
  const artifact = await runtime.run(build.builder.config, {
    ...ctx,
    provision: createProvisionHook(build, ctx, state),
    cleanupProvision: createCleanupProvisionHook(build, ctx),
  });
  if (s.signal.aborted) {
    await artifact?.destroy().catch(() => undefined);
    throw new CancelledError();
  }
  if (artifact === undefined) return [];
  s.log?.(`[INFO] ${build.name}: builder artifact: ${artifact.describe()}`);
  const { artifacts, errors } = await runPostProcessors({
    chains: build.postProcessorChains,
    builderArtifact: artifact,
    ctx,
    generatedData: postProcessorData(state.generatedData, artifact),
    ppUi: (pp) => s.uis.targeted(index, `${build.name} (${pp.type})`),
  });
  if (s.signal.aborted) throw new CancelledError();
  if (errors.length > 0) throw new MultiError(errors);
  return artifacts;
}
