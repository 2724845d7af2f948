// Step: a host temp dir shared with the container (Packer's StepTempDir); removed in cleanup.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Step } from '../../../../core/step.js';
import type { DockerBuildBase, TempDirOut } from './state.js';
import { errorText } from '../../../../core/error-text.js';

/** PACKER_TMP_DIR when set (as Packer), else the system temp dir. */
export function tempRoot(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env['PACKER_TMP_DIR'];
  return dir !== undefined && dir !== '' ? resolve(dir) : tmpdir();
}

export function tempDirStep(root: string = tempRoot()): Step<DockerBuildBase, TempDirOut> {
  return {
    name: 'StepTempDir',
    async run(ctx) {
      ctx.ui.say('Creating a temporary directory for sharing data...');
      try {
        await mkdir(root, { recursive: true });
        return { action: 'continue', output: { tempDir: await mkdtemp(join(root, 'kiln-docker-')) } };
      } catch (e) {
        return { action: 'halt', error: new Error(`Error making temp dir: ${errorText(e)}`, { cause: e }) };
      }
    },
    async cleanup(_ctx, state) {
      if (state.tempDir !== undefined) await rm(state.tempDir, { recursive: true, force: true });
    },
  };
}
