// The docker builder's typed state, grown step by step (temp dir → pulled image → container → image id / export).
import type { DockerBuilderConfig } from '../config.js';
import type { DockerBuilderApi, ImageInfo } from './docker-api.js';

/** What every step can read: the decoded config and the Engine API port. */
export interface DockerBuildBase {
  readonly config: DockerBuilderConfig;
  readonly api: DockerBuilderApi;
  /** Template-relative paths (export_path, volumes) resolve against this. */
  readonly cwd: string;
}

export interface TempDirOut {
  readonly tempDir: string;
}

export interface PullOut {
  /** The base image's config, read after the pull; its entrypoint and command are restored on commit. */
  readonly baseImage: ImageInfo;
}

export interface ContainerOut {
  readonly containerId: string;
}

export interface CommitOut {
  readonly imageId: string;
}

export interface ExportOut {
  readonly exportPath: string;
}
