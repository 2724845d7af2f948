// The build plan: what `validate` stops at and what `build` executes. Both HCL2 and legacy JSON templates load into it.
import type { Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import type { Range } from '../hcl/source/pos.js';
import type { Value } from '../hcl/value/value.js';
import type { ComponentPlugin } from '../plugins/types.js';

export interface BuildPlan {
  /** 'hcl2' for *.pkr.hcl / *.pkr.json, 'json' for legacy JSON templates. */
  readonly templateType: 'hcl2' | 'json';
  /** The template path as given, and the directory relative paths resolve against (path.root). */
  readonly path: string;
  readonly rootDir: string;
  readonly variables: readonly ResolvedVariable[];
  readonly locals: readonly ResolvedLocal[];
  readonly builds: readonly PlannedBuild[];
  /** Every string value that must be masked as <sensitive> in output (sensitive variables and locals). */
  readonly sensitiveValues: readonly string[];
}

export interface ResolvedVariable {
  name: string;
  /** The final value (unknown where it depends on something only known at build time). */
  value: Value;
  type: string;
  description?: string;
  sensitive: boolean;
  range: Range;
}

export interface ResolvedLocal {
  name: string;
  value: Value;
  sensitive: boolean;
  range: Range;
}

export interface PlannedBuild {
  /** Packer's build name: `<source type>.<source name>`, prefixed by the build block's name when it has one. */
  readonly name: string;
  readonly buildName?: string;
  /** The index of the `build` block this build comes from, among all build blocks (groups builds for `inspect`). */
  readonly buildIndex?: number;
  readonly description?: string;
  readonly source: { type: string; name: string; range: Range };
  readonly builder: ConfiguredComponent;
  readonly provisioners: readonly ConfiguredProvisioner[];
  readonly errorCleanupProvisioner?: ConfiguredProvisioner;
  /** Each inner list is a chain; a standalone `post-processor` block is a chain of one. */
  readonly postProcessorChains: readonly (readonly ConfiguredPostProcessor[])[];
}

export interface ConfiguredComponent {
  readonly plugin: ComponentPlugin;
  readonly type: string;
  /** The block's `name` meta-argument (provisioners, post-processors), if given. */
  readonly name?: string;
  readonly range: Range;
  /** The decoded configuration at plan time (`build.*` values unknown). */
  readonly config: unknown;
  /**
   * Decodes the configuration again with build-time values (`build.ID`, `build.Host`, …) known.
   * Legacy JSON components interpolate `{{ .Name }}`-style build data here.
   */
  redecode(buildData: ReadonlyMap<string, Value>): { config: unknown; diagnostics: Diagnostic[] };
}

export interface ConfiguredProvisioner extends ConfiguredComponent {
  readonly pauseBeforeMs?: number;
  readonly maxRetries: number;
  readonly timeoutMs?: number;
  /** `continue_on_error`: a failure is reported and the build goes on. */
  readonly continueOnError?: boolean;
}

export interface ConfiguredPostProcessor extends ConfiguredComponent {
  readonly keepInputArtifact?: boolean;
}
