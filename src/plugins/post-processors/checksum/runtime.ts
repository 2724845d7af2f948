// The checksum post-processor at build time: appends "<hash>\t<file>" lines to one file per checksum type.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { PostProcessorRuntime } from '../../../core/plugin-runtime.js';
import { createFilesArtifact } from '../../builders/file/file-artifact.js';
import { renderFields } from '../../provisioners/shell-local/flatten-env.js';
import type { ChecksumConfig } from './config.js';
import { errorText } from '../../../core/error-text.js';

export const checksumBuilderId = 'packer.post-processor.checksum';

/** The hex digest of a file, streamed. */
export async function hashFile(path: string, type: string, signal: AbortSignal): Promise<string> {
  const h = createHash(type);
  for await (const chunk of createReadStream(path, { signal })) h.update(chunk as Buffer);
  return h.digest('hex');
}

export const runtime: PostProcessorRuntime<ChecksumConfig> = {
  async postProcess(config, input, ctx) {
    const files = [...input.files];
    for (const type of config.checksum_types) {
      const output = renderFields(config.output, {
        BuildName: config.packer_build_name ?? ctx.buildName,
        BuilderType: config.packer_builder_type ?? ctx.buildType,
        ChecksumType: type,
      });
      const abs = resolve(ctx.cwd, output);
      for (const art of input.files) {
        const exists = await stat(abs).then(() => true, () => false);
        if (!exists && !files.includes(output)) files.push(output);
        await mkdir(dirname(abs), { recursive: true, mode: 0o755 });
        let digest: string;
        try {
          digest = await hashFile(resolve(ctx.cwd, art), type, ctx.signal);
        } catch (e) {
          throw new Error(`Unable to compute ${type} checksum of ${art}: ${errorText(e, ctx.cwd)}`, { cause: e });
        }
        await appendFile(abs, `${digest}\t${basename(art)}\n`, { mode: 0o644 });
      }
    }
    return {
      artifact: createFilesArtifact({ cwd: ctx.cwd, builderId: checksumBuilderId, files, describe: `Created artifact from files: ${files.join(', ')}` }),
      keepInput: true,
    };
  },
};
