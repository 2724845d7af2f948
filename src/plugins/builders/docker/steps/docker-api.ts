// What the docker builder's steps need from the Engine API: a narrow port, adapted from the client in runtime-api.ts.
import type { Readable } from 'node:stream';
import type { Communicator } from '../../../../communicator/communicator.js';

/** Registry credentials for pull/push (login, login_username, login_password, login_server). */
export interface RegistryAuth {
  readonly username: string;
  readonly password: string;
  readonly serveraddress: string;
}

/** The parts of an image's config the builder keeps (entrypoint and command are restored after commit). */
export interface ImageInfo {
  readonly id: string;
  readonly entrypoint: readonly string[] | null;
  readonly cmd: readonly string[] | null;
}

/** One container as the builder runs it (the Engine API's create body, reduced to the builder's options). */
export interface ContainerSpec {
  /** A unique name, so a container whose create was interrupted can still be found and removed. */
  readonly name: string;
  readonly image: string;
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  readonly user?: string;
  readonly workingDir?: string;
  readonly env?: readonly string[];
  readonly openStdin: boolean;
  readonly tty: boolean;
  /** host:container[:options] bind mounts. */
  readonly binds: readonly string[];
  readonly privileged: boolean;
  readonly capAdd: readonly string[];
  readonly capDrop: readonly string[];
  /** container path → mount options. */
  readonly tmpfs: Readonly<Record<string, string>>;
  readonly devices: readonly { pathOnHost: string; pathInContainer: string; cgroupPermissions: string }[];
  readonly runtime?: string;
  readonly platform?: string;
}

export interface DockerBuilderApi {
  /** undefined when the image is not present locally. */
  inspectImage(name: string, signal: AbortSignal): Promise<ImageInfo | undefined>;
  pullImage(name: string, opts: { platform?: string; auth?: RegistryAuth }, signal: AbortSignal): Promise<void>;
  createContainer(spec: ContainerSpec, signal: AbortSignal): Promise<string>;
  startContainer(id: string, signal: AbortSignal): Promise<void>;
  /** Force-removes the container (and its anonymous volumes); a missing container is not an error. */
  removeContainer(id: string): Promise<void>;
  commitContainer(id: string, opts: { author?: string; message?: string; changes: readonly string[] }, signal: AbortSignal): Promise<string>;
  exportContainer(id: string, signal: AbortSignal): Promise<Readable>;
  removeImage(nameOrId: string): Promise<void>;
  communicator(containerId: string, opts: { user?: string; containerDir: string; fixUploadOwner: boolean }): Communicator;
}
