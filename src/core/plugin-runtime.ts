// What plugins do at build time: the run-side halves of builders, provisioners and post-processors.
import type { Value } from '../hcl/value/value.js';
import type { Communicator } from '../communicator/communicator.js';
import type { Artifact } from './artifact.js';
import type { Ui } from './ui.js';

export interface PluginContext {
  readonly signal: AbortSignal;
  readonly ui: Ui;
  /** Packer's packer_build_name: the source (`docker.web`), without a build block's name. */
  readonly buildName: string;
  readonly buildType: string;
  /** -debug: pause between steps. */
  readonly debug: boolean;
  /** -force: overwrite existing artifacts. */
  readonly force: boolean;
  /** -on-error mode, for builders that run steps. */
  readonly onError: 'cleanup' | 'abort' | 'ask' | 'run-cleanup-provisioner';
  /** Working directory and template directory, for relative paths. */
  readonly cwd: string;
  readonly templateDir: string;
  /** The debug log (PACKER_LOG=1): Go-log-style lines such as "[INFO] …", masked; a no-op when off. */
  readonly log?: (line: string) => void;
}

/** The hook a builder fires once the machine is reachable: the core runs the provisioners. */
export type ProvisionHook = (communicator: Communicator | undefined, generatedData: ReadonlyMap<string, Value>) => Promise<void>;

/**
 * Packer's cleanup-provision hook: a builder fires it while cleaning up after `error` (its provision step's cleanup,
 * which -on-error decides on); runs the error-cleanup-provisioner, if any, and rejects with a CleanupProvisionError.
 */
export type CleanupProvisionHook = (communicator: Communicator | undefined, generatedData: ReadonlyMap<string, Value>, error: Error) => Promise<void>;

export interface BuilderContext extends PluginContext {
  readonly provision: ProvisionHook;
  readonly cleanupProvision: CleanupProvisionHook;
}

export interface BuilderRuntime<C> {
  run(config: C, ctx: BuilderContext): Promise<Artifact | undefined>;
}

export interface ProvisionerRuntime<C> {
  provision(config: C, ctx: PluginContext & { communicator: Communicator | undefined; generatedData: ReadonlyMap<string, Value> }): Promise<void>;
}

export interface PostProcessorRuntime<C> {
  postProcess(
    config: C,
    input: Artifact,
    ctx: PluginContext,
  ): Promise<{ artifact: Artifact; keepInput: boolean; forceKeep?: boolean }>;
}
