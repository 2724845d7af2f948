// Step: export the container's filesystem to export_path as a tar (Packer's StepExport); a partial file, or the
// whole one of a build that then fails or is interrupted, is removed.
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Step } from '../../../../core/step.js';
import type { ContainerOut, DockerBuildBase, ExportOut } from './state.js';
import { errorText } from '../../../../core/error-text.js';

export function exportStep(): Step<DockerBuildBase & ContainerOut, ExportOut> {
  return {
    name: 'StepExport',
    async run(ctx, { config, api, containerId, cwd }) {
      const path = config.export_path ?? '';
      if (path === '') return { action: 'halt', error: new Error("No output file specified, we can't export anything") };
      const abs = resolve(cwd, path);
      try {
        await mkdir(dirname(abs), { recursive: true });
      } catch (e) {
        return { action: 'halt', error: new Error(`Error creating output directory: ${errorText(e, cwd)}`, { cause: e }) };
      }
      ctx.ui.say('Exporting the container');
      try {
        const tar = await api.exportContainer(containerId, ctx.signal);
        await pipeline(tar, createWriteStream(abs), { signal: ctx.signal });
      } catch (e) {
        await rm(abs, { force: true });
        return { action: 'halt', error: new Error(`Error exporting the container: ${errorText(e, cwd)}`, { cause: e }) };
      }
      return { action: 'continue', output: { exportPath: path } };
    },
    async cleanup(ctx, { cwd, exportPath }) {
      if (ctx.outcome === 'ok' || exportPath === undefined) return;
      await rm(resolve(cwd, exportPath), { force: true });
    },
  };
}
