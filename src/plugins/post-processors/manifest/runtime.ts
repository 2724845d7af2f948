// The manifest post-processor at build time: appends this build's artifact to Packer's JSON manifest file.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { PostProcessorRuntime } from '../../../core/plugin-runtime.js';
import type { ManifestConfig } from './config.js';
import { errorText } from '../../../core/error-text.js';

/** One build's entry, in Packer's field order. */
export interface ManifestBuild {
  name: string;
  builder_type: string;
  build_time?: number;
  files: { name: string; size: number }[] | null;
  artifact_id: string;
  packer_run_uuid: string;
  custom_data: Record<string, string> | null;
}

export interface ManifestFile {
  builds: ManifestBuild[];
  last_run_uuid: string;
}

/** Go's json.MarshalIndent output: two-space indent and HTML-safe escapes. */
export function renderGoJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

export const runtime: PostProcessorRuntime<ManifestConfig> = {
  async postProcess(config, input, ctx) {
    const files: ManifestBuild['files'] = [];
    for (const name of input.files) {
      const size = await stat(resolve(ctx.cwd, name)).then((s) => s.size, () => 0);
      files.push({ name: config.strip_path ? basename(name) : name, size });
    }
    const runUuid = process.env['PACKER_RUN_UUID'] ?? '';
    const build: ManifestBuild = {
      name: config.packer_build_name ?? ctx.buildName,
      builder_type: config.packer_builder_type ?? ctx.buildType,
      ...(config.strip_time ? {} : { build_time: Math.floor(Date.now() / 1000) }),
      files: files.length === 0 ? null : files,
      artifact_id: input.id,
      packer_run_uuid: runUuid,
      custom_data: Object.keys(config.custom_data).length === 0 ? null : { ...config.custom_data },
    };
    const path = resolve(ctx.cwd, config.output);
    // Parallel builds append to the same manifest: serialise the read-modify-write per file.
    await withFileLock(path, async () => {
      let manifest: ManifestFile = { builds: [], last_run_uuid: '' };
      let existing: string | undefined;
      try {
        existing = await readFile(path, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`Unable to open ${config.output} for reading: ${errorText(e, ctx.cwd)}`, { cause: e });
      }
      if (existing !== undefined && existing.trim() !== '') {
        try {
          manifest = parseManifest(JSON.parse(existing));
        } catch (e) {
          throw new Error(`Unable to parse content from ${config.output}: ${errorText(e, ctx.cwd)}`, { cause: e });
        }
      }
      manifest.builds.push(build);
      manifest.last_run_uuid = runUuid;
      try {
        // Packer fails when the directory is missing; compress and checksum create theirs, so this does too.
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, renderGoJson(manifest), { mode: 0o664 });
      } catch (e) {
        throw new Error(`Unable to write ${config.output}: ${errorText(e, ctx.cwd)}`, { cause: e });
      }
    });
    // Packer: the input artifact passes through, and is kept whatever keep_input_artifact says.
    return { artifact: input, keepInput: true, forceKeep: true };
  },
};

/** Narrows a parsed manifest: builds must be a list (or null); other entries are kept as they were written. */
function parseManifest(raw: unknown): ManifestFile {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('the manifest is not a JSON object');
  const builds = (raw as { builds?: unknown }).builds;
  if (builds !== undefined && builds !== null && !Array.isArray(builds)) throw new Error('"builds" is not a list');
  const last = (raw as { last_run_uuid?: unknown }).last_run_uuid;
  return { builds: (builds ?? []) as ManifestBuild[], last_run_uuid: typeof last === 'string' ? last : '' };
}

const fileLocks = new Map<string, Promise<void>>();

/** Runs fn after every earlier fn for the same path has finished (within this process). */
async function withFileLock(path: string, fn: () => Promise<void>): Promise<void> {
  const previous = fileLocks.get(path) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(fn);
  const settled = current.catch(() => undefined);
  fileLocks.set(path, settled);
  try {
    await current;
  } finally {
    if (fileLocks.get(path) === settled) fileLocks.delete(path);
  }
}
