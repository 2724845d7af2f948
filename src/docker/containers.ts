// Container endpoints: create, start, stop, kill, remove, inspect, export, commit.
import type { IncomingMessage } from 'node:http';
import { requestJson, requestStream, requestVoid, seg, type DockerTransport } from './request.js';
import { splitImageName } from './images.js';

interface Signal {
  signal: AbortSignal;
}

export interface DeviceMapping {
  PathOnHost: string;
  PathInContainer: string;
  CgroupPermissions: string;
}

/** The subset of POST /containers/create's body that Kiln uses. */
export interface ContainerCreateConfig {
  Image: string;
  Cmd?: string[];
  Entrypoint?: string[];
  Env?: string[];
  User?: string;
  WorkingDir?: string;
  Tty?: boolean;
  OpenStdin?: boolean;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  Labels?: Record<string, string>;
  /** Anonymous volumes: `{ "/path": {} }`. */
  Volumes?: Record<string, Record<string, never>>;
  HostConfig?: {
    /** "host:container[:ro]" bind mounts. */
    Binds?: string[];
    Privileged?: boolean;
    CapAdd?: string[];
    CapDrop?: string[];
    /** container path → mount options ("rw,size=64m"). */
    Tmpfs?: Record<string, string>;
    Devices?: DeviceMapping[];
    AutoRemove?: boolean;
    NetworkMode?: string;
  };
}

export interface ContainerInspect {
  Id: string;
  Name: string;
  Image: string;
  State: { Status: string; Running: boolean; ExitCode: number; Pid?: number };
  Config: { User?: string; Env?: string[] | null; Cmd?: string[] | null; Entrypoint?: string[] | null; WorkingDir?: string };
}

export function containerCreate(
  t: DockerTransport,
  config: ContainerCreateConfig,
  opts: Signal & { name?: string; platform?: string },
): Promise<{ Id: string; Warnings?: string[] | null }> {
  return requestJson(t, {
    method: 'POST',
    path: '/containers/create',
    query: { name: opts.name, platform: opts.platform || undefined },
    body: { json: config },
    signal: opts.signal,
  });
}

export function containerStart(t: DockerTransport, id: string, opts: Signal): Promise<void> {
  return requestVoid(t, { method: 'POST', path: `/containers/${seg(id)}/start`, signal: opts.signal });
}

/** Stops with SIGTERM, then SIGKILL after `timeoutSeconds`. */
export function containerStop(t: DockerTransport, id: string, opts: Signal & { timeoutSeconds?: number }): Promise<void> {
  return requestVoid(t, { method: 'POST', path: `/containers/${seg(id)}/stop`, query: { t: opts.timeoutSeconds }, signal: opts.signal });
}

export function containerKill(t: DockerTransport, id: string, opts: Signal & { killSignal?: string }): Promise<void> {
  return requestVoid(t, { method: 'POST', path: `/containers/${seg(id)}/kill`, query: { signal: opts.killSignal }, signal: opts.signal });
}

/** DELETE /containers/{id}; `force` kills a running container, `v` removes its anonymous volumes. */
export function containerRemove(t: DockerTransport, id: string, opts: Signal & { force?: boolean; v?: boolean }): Promise<void> {
  return requestVoid(t, { method: 'DELETE', path: `/containers/${seg(id)}`, query: { force: opts.force, v: opts.v }, signal: opts.signal });
}

export function containerInspect(t: DockerTransport, id: string, opts: Signal): Promise<ContainerInspect> {
  return requestJson(t, { method: 'GET', path: `/containers/${seg(id)}/json`, signal: opts.signal });
}

/** GET /containers/{id}/export: the container's file system as a tar stream. */
export function containerExport(t: DockerTransport, id: string, opts: Signal): Promise<IncomingMessage> {
  return requestStream(t, { method: 'GET', path: `/containers/${seg(id)}/export`, signal: opts.signal });
}

/** The image config a commit may override (the body of POST /commit). */
export interface CommitConfig {
  Cmd?: string[] | null;
  Entrypoint?: string[] | null;
  Env?: string[];
  User?: string;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  ExposedPorts?: Record<string, Record<string, never>>;
  Volumes?: Record<string, Record<string, never>>;
}

/**
 * POST /commit: makes an image of a container. Always sends a JSON body (`config`, or `{}`): podman rejects
 * a commit without one. `changes` are Dockerfile instructions ("CMD [\"nginx\"]"), one per entry.
 */
export function containerCommit(
  t: DockerTransport,
  id: string,
  opts: Signal & { repository?: string; author?: string; comment?: string; changes?: readonly string[]; pause?: boolean; config?: CommitConfig },
): Promise<{ Id: string }> {
  const target = opts.repository !== undefined ? splitImageName(opts.repository) : undefined;
  return requestJson(t, {
    method: 'POST',
    path: '/commit',
    query: {
      container: id,
      repo: target?.repo,
      tag: target?.tag,
      author: opts.author || undefined,
      comment: opts.comment || undefined,
      changes: opts.changes && opts.changes.length > 0 ? opts.changes : undefined,
      pause: opts.pause,
    },
    body: { json: opts.config ?? {} },
    signal: opts.signal,
  });
}
