// Adapts the Engine API client (src/docker) to the docker builder's port, and opens clients for the post-processors.
import { createDockerClient, DockerApiError, type DockerClient } from '../../../docker/index.js';
import type { DockerTransport } from '../../../docker/request.js';
import { createDockerCommunicator } from '../../../communicator/docker/index.js';
import type { ContainerCreateConfig } from '../../../docker/index.js';
import type { ContainerSpec, DockerBuilderApi } from './steps/docker-api.js';

/** The create body's HostConfig, plus `Runtime` (an Engine API field the client's type leaves out). */
function hostConfig(spec: ContainerSpec): NonNullable<ContainerCreateConfig['HostConfig']> {
  const config: NonNullable<ContainerCreateConfig['HostConfig']> & { Runtime?: string } = {
    Binds: [...spec.binds],
    Privileged: spec.privileged,
    CapAdd: [...spec.capAdd],
    CapDrop: [...spec.capDrop],
    Tmpfs: { ...spec.tmpfs },
    Devices: spec.devices.map((d) => ({ PathOnHost: d.pathOnHost, PathInContainer: d.pathInContainer, CgroupPermissions: d.cgroupPermissions })),
    ...(spec.runtime ? { Runtime: spec.runtime } : {}),
  };
  return config;
}

/** A fresh signal for cleanups: they must run even after the build's signal aborted. */
const cleanupSignal = (): AbortSignal => AbortSignal.timeout(60_000);

const isNotFound = (e: unknown): boolean => e instanceof DockerApiError && e.status === 404;

/** The builder's port over one client; `close` ends its idle connections. */
export function dockerBuilderApi(client: DockerClient): DockerBuilderApi & { close(): void } {
  return {
    async inspectImage(name, signal) {
      try {
        const info = await client.imageInspect(name, { signal });
        return { id: info.Id, entrypoint: info.Config?.Entrypoint ?? null, cmd: info.Config?.Cmd ?? null };
      } catch (e) {
        if (isNotFound(e)) return undefined;
        throw e;
      }
    },
    async pullImage(name, opts, signal) {
      await client.imagePull(name, { signal, ...(opts.platform ? { platform: opts.platform } : {}), ...(opts.auth ? { auth: opts.auth } : {}) });
    },
    async createContainer(spec, signal) {
      const created = await client.containerCreate(
        {
          Image: spec.image,
          ...(spec.entrypoint ? { Entrypoint: [...spec.entrypoint] } : {}),
          ...(spec.cmd ? { Cmd: [...spec.cmd] } : {}),
          ...(spec.user !== undefined ? { User: spec.user } : {}),
          ...(spec.workingDir !== undefined ? { WorkingDir: spec.workingDir } : {}),
          ...(spec.env ? { Env: [...spec.env] } : {}),
          OpenStdin: spec.openStdin,
          Tty: spec.tty,
          HostConfig: hostConfig(spec),
        },
        { signal, name: spec.name, ...(spec.platform ? { platform: spec.platform } : {}) },
      );
      return created.Id;
    },
    async startContainer(id, signal) {
      await client.containerStart(id, { signal });
    },
    async removeContainer(id) {
      try {
        await client.containerRemove(id, { signal: cleanupSignal(), force: true, v: true });
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    },
    async commitContainer(id, opts, signal) {
      const { Id } = await client.containerCommit(id, {
        signal,
        changes: opts.changes,
        ...(opts.author !== undefined ? { author: opts.author } : {}),
        ...(opts.message !== undefined ? { comment: opts.message } : {}),
      });
      return Id.startsWith('sha256:') ? Id : `sha256:${Id}`;
    },
    exportContainer(id, signal) {
      return client.containerExport(id, { signal });
    },
    async removeImage(nameOrId) {
      try {
        await client.imageRemove(nameOrId, { signal: cleanupSignal() });
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    },
    communicator(containerId, opts) {
      return createDockerCommunicator({
        client,
        containerId,
        ...(opts.user !== undefined ? { execUser: opts.user } : {}),
        fixUploadOwner: opts.fixUploadOwner,
      });
    },
    close: () => client.close(),
  };
}

/** Opens a client from DOCKER_HOST and negotiates the API version. */
export async function openDockerApi(signal: AbortSignal, log?: (line: string) => void): Promise<DockerBuilderApi & { close(): void }> {
  const client = createDockerClient(undefined, log);
  try {
    await client.negotiateApiVersion({ signal });
  } catch (e) {
    client.close();
    throw e;
  }
  return dockerBuilderApi(client);
}

/** Runs `fn` with a builder port on a fresh client, closing it afterwards (artifacts' destroy). */
export async function withDockerApi<T>(fn: (api: DockerBuilderApi) => Promise<T>): Promise<T> {
  const api = await openDockerApi(cleanupSignal());
  try {
    return await fn(api);
  } finally {
    api.close();
  }
}

/** Runs `fn` with a transport on a fresh client (the post-processors call the endpoint functions). */
export async function withTransport<T>(fn: (t: DockerTransport) => Promise<T>): Promise<T> {
  const client = createDockerClient();
  try {
    return await fn(client.transport);
  } finally {
    client.close();
  }
}

/** Removes an image by name or id; a missing image is not an error (artifact destroy). */
export function removeImageByName(nameOrId: string): Promise<void> {
  return withDockerApi((api) => api.removeImage(nameOrId));
}

