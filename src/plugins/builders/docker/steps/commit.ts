// Step: commit the container to an image (Packer's StepCommit), restoring the base image's ENTRYPOINT and CMD;
// the image is removed again when the build does not succeed (Packer leaks it on a later failure or interrupt).
import type { Step } from '../../../../core/step.js';
import { instructionOf } from '../changes.js';
import type { ImageInfo } from './docker-api.js';
import type { CommitOut, ContainerOut, DockerBuildBase, PullOut } from './state.js';

/**
 * The changes to commit with: the base image's ENTRYPOINT and CMD first (the build container ran with an entrypoint
 * of its own, which Packer leaks into the image), then the user's. As in a Dockerfile, an ENTRYPOINT set by the
 * user without a CMD clears the command.
 */
export function commitChanges(user: readonly string[], base: ImageInfo): string[] {
  const sets = new Set(user.map(instructionOf));
  const restore: string[] = [];
  if (!sets.has('ENTRYPOINT')) restore.push(`ENTRYPOINT ${JSON.stringify(base.entrypoint ?? [])}`);
  if (!sets.has('CMD')) restore.push(`CMD ${JSON.stringify(sets.has('ENTRYPOINT') ? [] : (base.cmd ?? []))}`);
  return [...restore, ...user.flatMap(splitExpose)];
}

/** `EXPOSE 80 443/udp` as one instruction per port: Docker takes either, podman's commit only the latter. */
function splitExpose(change: string): string[] {
  if (instructionOf(change) !== 'EXPOSE') return [change];
  const ports = change.trim().split(/\s+/).slice(1);
  return ports.length <= 1 ? [change] : ports.map((p) => `EXPOSE ${p}`);
}

export function commitStep(): Step<DockerBuildBase & PullOut & ContainerOut, CommitOut> {
  return {
    name: 'StepCommit',
    async run(ctx, { config, api, containerId, baseImage }) {
      ctx.ui.say('Committing the container');
      try {
        // Not cut short by an interrupt: the engine would finish the commit anyway and the image would be
        // orphaned; waiting (about a second) gives the cleanup its id.
        const imageId = await api.commitContainer(
          containerId,
          {
            ...(config.author !== undefined ? { author: config.author } : {}),
            ...(config.message !== undefined ? { message: config.message } : {}),
            changes: commitChanges(config.changes, baseImage),
          },
          new AbortController().signal,
        );
        ctx.ui.message(`Image ID: ${imageId}`);
        return { action: 'continue', output: { imageId } };
      } catch (e) {
        return { action: 'halt', error: new Error(`Error committing container: ${(e as Error).message}`, { cause: e }) };
      }
    },
    async cleanup(ctx, { api, imageId }) {
      if (ctx.outcome === 'ok' || imageId === undefined) return;
      ctx.ui.say(`Removing the uncompleted image: ${imageId}`);
      await api.removeImage(imageId);
    },
  };
}
