// The docker builder's artifacts, after Packer's ImportArtifact (an image) and ExportArtifact (a tar file).
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Artifact } from '../../../core/artifact.js';

/** Packer's ids: the builder's own, and the one its committed images (and docker-import's) carry. */
export const dockerBuilderId = 'packer.docker';
export const dockerImportBuilderId = 'packer.post-processor.docker-import';
export const dockerTagBuilderId = 'packer.post-processor.docker-tag';
export const artificeBuilderId = 'packer.post-processor.artifice';

export interface ImageArtifactOptions {
  builderId: string;
  /** The image id (sha256:…) or a repository[:tag] name. */
  id: string;
  tags?: readonly string[];
  generatedData?: Readonly<Record<string, string>>;
  removeImage: (nameOrId: string) => Promise<void>;
}

/** An image in the daemon: "Imported Docker image: <id>[ with tags …]"; destroy removes it. */
export function imageArtifact(o: ImageArtifactOptions): Artifact {
  const tags = o.tags ?? [];
  return {
    builderId: o.builderId,
    id: o.id,
    files: [],
    describe: () => (tags.length > 0 ? `Imported Docker image: ${o.id} with tags ${tags.join(' ')}` : `Imported Docker image: ${o.id}`),
    state: (key) => (key === 'docker_tags' ? [...tags] : key === 'generated_data' ? o.generatedData : undefined),
    destroy: () => o.removeImage(o.id),
  };
}

/** The container's filesystem exported to a tar file: id "Container"; destroy deletes the file. */
export function exportArtifact(path: string, cwd: string, generatedData?: Readonly<Record<string, string>>): Artifact {
  return {
    builderId: dockerBuilderId,
    id: 'Container',
    files: [path],
    describe: () => `Exported Docker file: ${path}`,
    state: (key) => (key === 'generated_data' ? generatedData : undefined),
    destroy: () => rm(resolve(cwd, path), { force: true }),
  };
}

/** The tags an artifact carries (state "docker_tags"), tolerating any shape. */
export function dockerTagsOf(a: Artifact): string[] {
  const raw = a.state('docker_tags');
  return Array.isArray(raw) ? raw.filter((t): t is string => typeof t === 'string') : [];
}
