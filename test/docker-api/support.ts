// Shared set-up for tests against a real Engine API (podman's service in CI): gating, tracking, cleanup.
import { randomBytes } from 'node:crypto';
import { createDockerClient, type DockerClient } from '../../src/docker/index.js';

export const dockerHost = process.env['DOCKER_HOST'] ?? '';
export const inCi = process.env['CI'] === 'true';
/** Run the suites when a daemon is configured, and always in CI (where a missing one must fail, not skip). */
export const runDockerSuites = dockerHost !== '' || inCi;
export const baseImage = process.env['KILN_TEST_BASE_IMAGE'] ?? 'localhost/kiln-test/debian:bookworm';

/** A short unique suffix for names made by this test file. */
export function uniqueSuffix(): string {
  return `${process.pid}-${randomBytes(3).toString('hex')}`;
}

/** Tracks what a test file creates so afterAll can remove all of it, even after failures. */
export class DockerTestResources {
  readonly client: DockerClient;
  private readonly containers: string[] = [];
  private readonly images: string[] = [];

  constructor() {
    if (dockerHost === '') throw new Error('DOCKER_HOST must point at a Docker Engine API when CI=true (see scripts/test-env)');
    this.client = createDockerClient();
  }

  container(id: string): string {
    this.containers.push(id);
    return id;
  }

  image(nameOrId: string): string {
    this.images.push(nameOrId);
    return nameOrId;
  }

  /** A running container of the base image that idles until removed. */
  async startIdleContainer(signal: AbortSignal, extra: { User?: string } = {}): Promise<string> {
    const { Id } = await this.client.containerCreate(
      {
        Image: baseImage,
        Entrypoint: ['/bin/sh'],
        Cmd: ['-c', 'trap "exit 0" TERM; while :; do sleep 1; done'],
        ...extra,
      },
      { signal, name: `kiln-d2-test-${uniqueSuffix()}` },
    );
    this.container(Id);
    await this.client.containerStart(Id, { signal });
    return Id;
  }

  async cleanup(): Promise<void> {
    const signal = AbortSignal.timeout(60_000);
    const errors: unknown[] = [];
    for (const id of this.containers.splice(0).reverse()) {
      await this.client.containerRemove(id, { signal, force: true, v: true }).catch((e: unknown) => {
        if (!isNotFound(e)) errors.push(e);
      });
    }
    for (const name of this.images.splice(0).reverse()) {
      await this.client.imageRemove(name, { signal, force: true }).catch((e: unknown) => {
        if (!isNotFound(e)) errors.push(e);
      });
    }
    this.client.close();
    if (errors.length > 0) throw new AggregateError(errors, 'Docker test cleanup failed');
  }
}

function isNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'status' in e && e.status === 404;
}
