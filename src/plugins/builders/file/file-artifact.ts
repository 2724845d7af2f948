// An artifact made of local files (file builder, checksum, compress, artifice): destroy removes the files.
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Artifact } from '../../../core/artifact.js';

export interface FilesArtifactSpec {
  builderId: string;
  id?: string;
  files: readonly string[];
  describe: string;
  state?: Readonly<Record<string, unknown>>;
  /** The directory relative file names are resolved against when destroying (default: the process's cwd). */
  cwd?: string;
}

/** Creates an artifact whose files are local paths. */
export function createFilesArtifact(spec: FilesArtifactSpec): Artifact {
  const files = [...spec.files];
  return {
    builderId: spec.builderId,
    id: spec.id ?? '',
    files,
    describe: () => spec.describe,
    state: (key) => spec.state?.[key],
    async destroy() {
      for (const f of files) await rm(resolve(spec.cwd ?? process.cwd(), f), { recursive: true, force: true });
    },
  };
}
