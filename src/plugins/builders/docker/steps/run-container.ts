// Step: create and start the build container (Packer's StepRun); cleanup force-removes it, also on error and cancel.
import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Step } from '../../../../core/step.js';
import type { DockerBuilderConfig } from '../config.js';
import type { ContainerSpec } from './docker-api.js';
import { defaultRunCommand, parseRunCommand } from './run-command.js';
import type { ContainerOut, DockerBuildBase, PullOut, TempDirOut } from './state.js';

export const defaultContainerDir = '/packer-files';

function hostPath(p: string, cwd: string): string {
  if (p.startsWith('~/')) return join(homedir(), p.slice(2));
  return resolve(cwd, p);
}

/** "host[:container[:permissions]]" as the Engine API's device mapping. */
function device(d: string): ContainerSpec['devices'][number] {
  const [onHost = '', inContainer, perms] = d.split(':');
  return { pathOnHost: onHost, pathInContainer: inContainer ?? onHost, cgroupPermissions: perms ?? 'rwm' };
}

/** The container spec for a config: run_command's flags plus the builder's options and the temp dir mount. */
export function containerSpec(config: DockerBuilderConfig, tempDir: string, cwd: string, name: string): ContainerSpec {
  const image = config.image ?? '';
  const run = parseRunCommand(config.run_command ?? defaultRunCommand, image);
  const tmpfs: Record<string, string> = {};
  for (const t of config.tmpfs) {
    const at = t.indexOf(':');
    if (at < 0) tmpfs[t] = '';
    else tmpfs[t.slice(0, at)] = t.slice(at + 1);
  }
  const binds = [
    ...run.binds,
    ...Object.entries(config.volumes).map(([host, guest]) => `${hostPath(host, cwd)}:${guest}`),
    `${tempDir}:${config.container_dir ?? defaultContainerDir}`,
  ];
  return {
    name,
    image: run.image,
    ...(run.entrypoint ? { entrypoint: run.entrypoint } : {}),
    ...(run.cmd ? { cmd: run.cmd } : {}),
    ...(run.user !== undefined ? { user: run.user } : {}),
    ...(run.workingDir !== undefined ? { workingDir: run.workingDir } : {}),
    ...(run.env.length > 0 ? { env: run.env } : {}),
    openStdin: run.openStdin,
    tty: run.tty,
    binds,
    privileged: config.privileged || run.privileged,
    capAdd: config.cap_add,
    capDrop: config.cap_drop,
    tmpfs,
    devices: config.device.map(device),
    ...(config.runtime ? { runtime: config.runtime } : {}),
    ...(config.platform ? { platform: config.platform } : {}),
  };
}

export function runContainerStep(): Step<DockerBuildBase & TempDirOut & PullOut, ContainerOut> {
  let created: string | undefined;
  let containerName: string | undefined;
  return {
    name: 'StepRun',
    async run(ctx, { config, api, tempDir, cwd }) {
      ctx.ui.say('Starting docker container...');
      let spec: ContainerSpec;
      try {
        containerName = `kiln-build-${randomBytes(6).toString('hex')}`;
        spec = containerSpec(config, tempDir, cwd, containerName);
      } catch (e) {
        return { action: 'halt', error: new Error(`Error running container: ${(e as Error).message}`, { cause: e }) };
      }
      try {
        // Neither call is cut short by an interrupt: podman finishes a create whose client went away and leaves a
        // container its own store does not know (every later container listing then fails). Both take well under
        // a second; the runner sees the interrupt right after, and the cleanup removes the container by its id.
        const uninterrupted = new AbortController().signal;
        created = await api.createContainer(spec, uninterrupted);
        await api.startContainer(created, uninterrupted);
      } catch (e) {
        return { action: 'halt', error: new Error(`Error running container: ${(e as Error).message}`, { cause: e }) };
      }
      ctx.ui.message(`Container ID: ${created}`);
      return { action: 'continue', output: { containerId: created } };
    },
    async cleanup(ctx, { api }) {
      // `created` (not the state) so a container whose start failed is removed too; the name when create itself failed.
      const id = created ?? containerName;
      created = undefined;
      containerName = undefined;
      if (id === undefined) return;
      ctx.ui.say(`Killing the container: ${id}`);
      await api.removeContainer(id);
    },
  };
}
