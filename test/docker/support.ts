// Helpers for the docker end-to-end suites: whether to run, an Engine API client, and tracking of what a test created.
import { randomBytes } from 'node:crypto';
import { createDockerClient, DockerApiError, type DockerClient } from '../../src/docker/index.js';
import { requestJson } from '../../src/docker/request.js';

/** Run when DOCKER_HOST is set; in CI (CI=true) a missing DOCKER_HOST is a failure, never a skip. */
export function dockerSuiteEnabled(): boolean {
  if ((process.env['DOCKER_HOST'] ?? '') !== '') return true;
  if (process.env['CI'] === 'true') throw new Error('CI=true but DOCKER_HOST is not set: the docker suites must run in CI');
  return false;
}

export const baseImage = (): string => process.env['KILN_TEST_BASE_IMAGE'] ?? 'localhost/kiln-test/debian:bookworm';

export const signal = (): AbortSignal => AbortSignal.timeout(60_000);

export function client(): DockerClient {
  return createDockerClient();
}

/** A unique repository name for one test, so its images can be found and removed. */
export function uniqueRepo(what: string): string {
  return `localhost/kiln-e2e-${what}-${randomBytes(4).toString('hex')}`;
}

/** Removes images by name or id, ignoring the ones already gone. */
export async function removeImages(c: DockerClient, names: readonly string[]): Promise<void> {
  for (const name of names) {
    try {
      await c.imageRemove(name, { signal: signal(), force: true });
    } catch (e) {
      if (!(e instanceof DockerApiError && e.status === 404)) throw e;
    }
  }
}

/** The image ids a build printed ("Image ID: sha256:…"). */
export function imageIdsIn(out: string): string[] {
  return [...out.matchAll(/Image ID: (sha256:[0-9a-f]{64})/g)].map((m) => m[1]!);
}

/** Runs a container from `image` with its own entrypoint and command; resolves with the exit code. */
export async function runImage(c: DockerClient, image: string): Promise<number> {
  const { Id } = await c.containerCreate({ Image: image }, { signal: signal() });
  try {
    await c.containerStart(Id, { signal: signal() });
    const res = await requestJson<{ StatusCode: number }>(c.transport, { method: 'POST', path: `/containers/${Id}/wait`, signal: signal() });
    return res.StatusCode;
  } finally {
    await c.containerRemove(Id, { signal: signal(), force: true });
  }
}

/** Containers (running or not) created from exactly the image reference `image`. */
export async function containersOfImage(c: DockerClient, image: string): Promise<string[]> {
  const list = await requestJson<{ Id: string; Image?: string }[]>(c.transport, {
    method: 'GET',
    path: '/containers/json',
    query: { all: true },
    signal: signal(),
  });
  return list.filter((x) => x.Image === image).map((x) => x.Id);
}

/** Ids of the images carrying the label `key=value`. */
export async function imagesWithLabel(c: DockerClient, label: string): Promise<string[]> {
  const list = await requestJson<{ Id: string }[]>(c.transport, {
    method: 'GET',
    path: '/images/json',
    query: { filters: JSON.stringify({ label: [label] }) },
    signal: signal(),
  });
  return list.map((x) => x.Id);
}

/** The container ids a build printed ("Container ID: …"), in order. */
export function containerIdsIn(out: string): string[] {
  return [...out.matchAll(/Container ID: ([0-9a-f]{64})/g)].map((m) => m[1]!);
}

/** Which of these containers still exist (running or not): a build's own leftovers, whatever other suites run meanwhile. */
export async function existingContainers(c: DockerClient, ids: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const id of ids) {
    try {
      await c.containerInspect(id, { signal: signal() });
      found.push(id);
    } catch (e) {
      if (!(e instanceof DockerApiError && e.status === 404)) throw e;
    }
  }
  return found;
}

/** Force-removes containers by id, ignoring the ones already gone. */
export async function removeContainers(c: DockerClient, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    try {
      await c.containerRemove(id, { signal: signal(), force: true });
    } catch (e) {
      if (!(e instanceof DockerApiError && e.status === 404)) throw e;
    }
  }
}

/** Runs `script` with /bin/sh in a fresh container from `image` (its entrypoint replaced); resolves with the exit code and output. */
export async function execInImage(c: DockerClient, image: string, script: string): Promise<{ exitCode: number; out: string }> {
  const { Id } = await c.containerCreate({ Image: image, Entrypoint: ['/bin/sh', '-c'], Cmd: ['sleep 300'] }, { signal: signal() });
  try {
    await c.containerStart(Id, { signal: signal() });
    let out = '';
    const append = (s: string): void => {
      out += s;
    };
    const { exitCode } = await c.execRun(Id, { Cmd: ['/bin/sh', '-c', script] }, { signal: signal(), onStdout: append, onStderr: append });
    return { exitCode, out };
  } finally {
    await c.containerRemove(Id, { signal: signal(), force: true });
  }
}
