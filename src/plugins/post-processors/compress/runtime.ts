// The compress post-processor at build time: archives the artifact's files (tar/zip) and compresses them.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PostProcessorRuntime } from '../../../core/plugin-runtime.js';
import { createFilesArtifact } from '../../builders/file/file-artifact.js';
import { renderFields } from '../../provisioners/shell-local/flatten-env.js';
import { effectiveCompressionLevel, type CompressConfig } from './config.js';
import { detectFormat, type Algorithm } from './detect-format.js';
import { chooseEngine, type Engine } from './engine.js';
import { compressWithTool } from './external-filter.js';
import { compressBlocks } from './parallel-blocks.js';
import { tarStream } from './tar-writer.js';
import { zipStream } from './zip-writer.js';
import { errorText } from '../../../core/error-text.js';

export const compressBuilderId = 'packer.post-processor.compress';

const algorithmName: Readonly<Record<Algorithm, string>> = { gzip: 'gzip', lz4: 'lz4', xz: 'xz', zstd: 'zstd', none: 'no compression' };

export const runtime: PostProcessorRuntime<CompressConfig> = {
  async postProcess(config, input, ctx) {
    const fields = { BuildName: config.packer_build_name ?? ctx.buildName, BuilderType: config.packer_builder_type ?? ctx.buildType };
    const target = renderFields(config.output, fields);
    const abs = resolve(ctx.cwd, target);
    const { archive, algorithm } = detectFormat(target, { archive: config.archive, algorithm: config.algorithm ?? config.format });
    const level = effectiveCompressionLevel(config.compression_level);
    const files = input.files;
    if (archive === 'none' && files.length !== 1) {
      throw new Error(`Can only have 1 input file when not using tar/zip. Found ${files.length} files: [${files.join(' ')}]`);
    }
    const { ui, signal } = ctx;
    const engine = await chooseEngine(algorithm, level);
    if (engine.kind === 'blocks') ui.say(`Using ${engine.describe} compression with ${engine.parallel} blocks at a time for ${target}`);
    else if (engine.kind === 'stream') ui.say(`Using ${engine.describe} compression for ${target}`);
    await mkdir(dirname(abs), { recursive: true });
    const entries = files.map((f) => ({ name: basename(f), path: resolve(ctx.cwd, f) }));
    let bytes: AsyncIterable<Buffer>;
    if (archive === 'zip') {
      ui.say(`Zipping ${target}`);
      bytes = zipStream(entries, { level: level ?? 6, signal });
    } else if (archive === 'tar') {
      ui.say(`Tarring ${target} with ${algorithmName[algorithm]}`);
      bytes = tarStream(entries, signal);
    } else {
      ui.say(`Archiving ${files[0]} with ${algorithmName[algorithm]}`);
      bytes = createReadStream(entries[0]!.path, { signal });
    }
    try {
      await write(engine, bytes, abs, signal);
    } catch (e) {
      await rm(abs, { force: true });
      if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : e;
      throw new Error(`Failed to compress ${target}: ${errorText(e, ctx.cwd)}`, { cause: e });
    }
    ui.say(`Archive ${target} completed`);
    return {
      artifact: createFilesArtifact({ cwd: ctx.cwd, builderId: compressBuilderId, id: 'COMPRESS', files: [target], describe: `compressed artifacts in: ${target}` }),
      keepInput: false,
    };
  },
};

async function write(engine: Engine, bytes: AsyncIterable<Buffer>, target: string, signal: AbortSignal): Promise<void> {
  switch (engine.kind) {
    case 'copy':
      return pipeline(Readable.from(bytes), createWriteStream(target), { signal });
    case 'blocks':
      return pipeline(Readable.from(compressBlocks(bytes, engine.compress, { ...engine, signal })), createWriteStream(target), { signal });
    case 'stream':
      return compressWithTool(engine.argv, bytes, target, signal);
  }
}
