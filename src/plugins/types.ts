// Component plugins (builders, provisioners, post-processors, data sources): typed objects with one schema each.
import type { Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import type { EvalContext } from '../hcl/eval/eval-context.js';
import type { Range } from '../hcl/source/pos.js';
import type { Body } from '../hcl/structure.js';
import type { Type } from '../hcl/value/type.js';
import type { Value } from '../hcl/value/value.js';
import type { BuilderRuntime, PostProcessorRuntime, ProvisionerRuntime } from '../core/plugin-runtime.js';

export type ComponentKind = 'builder' | 'provisioner' | 'post-processor' | 'datasource';

/** An attribute value that came from a legacy JSON template (already interpolated), with its source range. */
export interface RawAttribute {
  value: Value;
  range: Range;
  nameRange: Range;
}

/**
 * One schema per plugin: decoding, the TypeScript type (via the schema builder's Infer), validation with
 * ranges, and docs all come from it.
 */
export interface ConfigSchema<C> {
  /** Decodes an HCL body (native or JSON syntax). Unknown values (validate time) decode without errors. */
  decodeBody(body: Body, ctx: EvalContext): { value: C | undefined; diagnostics: Diagnostic[] };
  /** Decodes a legacy JSON template's component object: attributes already evaluated, each with its range. */
  decodeAttributes(attrs: ReadonlyMap<string, RawAttribute>, blockRange: Range): { value: C | undefined; diagnostics: Diagnostic[] };
  /** The attribute and block names, for "Did you mean" and docs. */
  readonly attributeNames: readonly string[];
}

export interface ComponentPlugin<C = unknown> {
  readonly kind: ComponentKind;
  /**
   * The build-time half (issue 4), loaded lazily so validate stays fast: a builder returns a BuilderRuntime,
   * a provisioner a ProvisionerRuntime, a post-processor a PostProcessorRuntime (src/core/plugin-runtime.ts).
   */
  readonly runtime?: () => Promise<BuilderRuntime<C> | ProvisionerRuntime<C> | PostProcessorRuntime<C>>;
  /** The type as users write it: 'docker', 'shell-local', 'manifest'. */
  readonly type: string;
  readonly schema: ConfigSchema<C>;
  /** One line for `kiln inspect`-style listings and docs. */
  readonly description?: string;
  /**
   * Arguments whose `{{ .Field }}` actions the plugin fills in itself while it runs (`execute_command`'s
   * `{{.Path}}`, `run_command`'s `{{.Image}}`, an output's `{{.BuildName}}`): Packer's InterpolateFilter
   * Exclude. A legacy JSON template's build data is never rendered into them; its functions (`user`, `env`) are.
   */
  readonly renderedAtRuntime?: readonly string[];
  /**
   * A builder's own build data beyond Packer's common keys (what its Prepare returns), e.g. docker's
   * `ImageSha256`: provisioners and post-processors may use `build.<key>`, known once the builder sets it.
   */
  readonly generatedData?: readonly string[];
}

export interface DataSourcePlugin<C = unknown> extends ComponentPlugin<C> {
  readonly kind: 'datasource';
  /** The type of the data source's outputs (an object type); at validate time outputs are unknown of this type. */
  readonly outputType: Type;
  execute(config: C, ctx: { signal: AbortSignal }): Promise<Value>;
}

export interface ComponentRegistry {
  get(kind: ComponentKind, type: string): ComponentPlugin | undefined;
  /** Every registered type of this kind, sorted, for "available types are …" messages. */
  types(kind: ComponentKind): string[];
}
