// The file builder at build time: writes `content` (or copies `source`) to `target`; the artifact is that file.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { provisionOrCleanUp } from '../../../core/build/provision-hook.js';
import type { BuilderRuntime } from '../../../core/plugin-runtime.js';
import type { FileBuilderConfig } from './config.js';
import { createFilesArtifact } from './file-artifact.js';
import { errorText } from '../../../core/error-text.js';

export const fileBuilderId = 'packer.file';

export const runtime: BuilderRuntime<FileBuilderConfig> = {
  async run(config, ctx) {
    const target = config.target ?? '';
    if (target === '') throw new Error('target required');
    const abs = resolve(ctx.cwd, target);
    ctx.signal.throwIfAborted();
    await mkdir(dirname(abs), { recursive: true });
    if (config.source !== undefined && config.source !== '') {
      ctx.ui.say(`Copying ${config.source} to ${target}`);
      try {
        await copyFile(resolve(ctx.cwd, config.source), abs);
      } catch (e) {
        throw new Error(`Unable to copy ${config.source} to ${target}: ${errorText(e, ctx.cwd)}`, { cause: e });
      }
    } else {
      await writeFile(abs, config.content ?? '', { mode: 0o600 });
    }
    await provisionOrCleanUp(ctx, undefined, new Map());
    return createFilesArtifact({ builderId: fileBuilderId, id: 'File', files: [target], cwd: ctx.cwd, describe: `Stored file: ${target}` });
  },
};
