// What a builder or post-processor produces: files, an id, and a way to destroy it.

export interface Artifact {
  /** The producing plugin's id, e.g. 'packer.post-processor.manifest' or 'mitchellh.null'. */
  readonly builderId: string;
  readonly id: string;
  readonly files: readonly string[];
  describe(): string;
  /** Plugin-specific state (e.g. 'generated_data', 'atlas.artifact.metadata'); unknown: narrow at the use site. */
  state(key: string): unknown;
  destroy(): Promise<void>;
}
