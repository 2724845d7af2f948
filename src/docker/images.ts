// Image endpoints: inspect, pull, tag, push, remove, save, load and import.
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { type ProgressMessage, requestJson, requestProgress, requestStream, requestVoid, seg, type DockerTransport } from './request.js';
import { type RegistryAuth, registryAuthHeader } from './system.js';

export interface ImageInspect {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Architecture?: string;
  Os?: string;
  Size?: number;
  Config?: {
    Cmd?: string[] | null;
    Entrypoint?: string[] | null;
    Env?: string[] | null;
    User?: string;
    WorkingDir?: string;
    Labels?: Record<string, string> | null;
    ExposedPorts?: Record<string, object> | null;
    Volumes?: Record<string, object> | null;
  };
}

interface Signal {
  signal: AbortSignal;
}
type OnProgress = { onProgress?: (m: ProgressMessage) => void };

export function imageInspect(t: DockerTransport, name: string, opts: Signal): Promise<ImageInspect> {
  return requestJson(t, { method: 'GET', path: `/images/${seg(imageRef(name))}/json`, signal: opts.signal });
}

/** A bare 64-hex image id gets its `sha256:` prefix: podman's compat API refuses it as a name otherwise. */
export function imageRef(name: string): string {
  return /^[0-9a-f]{64}$/.test(name) ? `sha256:${name}` : name;
}

/** Splits "repo:tag" / "repo@digest" (a colon in a registry host's port is not a tag). */
export function splitImageName(name: string): { repo: string; tag?: string } {
  const at = name.indexOf('@');
  if (at >= 0) return { repo: name.slice(0, at), tag: name.slice(at + 1) };
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) return { repo: name.slice(0, colon), tag: name.slice(colon + 1) };
  return { repo: name };
}

/** POST /images/create?fromImage=…: pulls an image (tag defaults to latest). */
export async function imagePull(
  t: DockerTransport,
  name: string,
  opts: Signal & OnProgress & { auth?: RegistryAuth; platform?: string },
): Promise<ProgressMessage[]> {
  const { repo, tag } = splitImageName(name);
  return requestProgress(
    t,
    {
      method: 'POST',
      path: '/images/create',
      query: { fromImage: repo, tag: tag ?? 'latest', platform: opts.platform || undefined },
      headers: registryAuthHeader(opts.auth),
      signal: opts.signal,
    },
    opts.onProgress,
  );
}

/** POST /images/{name}/tag: gives `source` the name `target` ("repo:tag"). */
export function imageTag(t: DockerTransport, source: string, target: string, opts: Signal): Promise<void> {
  const { repo, tag } = splitImageName(target);
  return requestVoid(t, { method: 'POST', path: `/images/${seg(imageRef(source))}/tag`, query: { repo, tag }, signal: opts.signal });
}

/** POST /images/{name}/push: pushes a repository tag to its registry. */
export function imagePush(
  t: DockerTransport,
  name: string,
  opts: Signal & OnProgress & { auth?: RegistryAuth },
): Promise<ProgressMessage[]> {
  const { repo, tag } = splitImageName(name);
  return requestProgress(
    t,
    { method: 'POST', path: `/images/${seg(repo)}/push`, query: { tag }, headers: registryAuthHeader(opts.auth), signal: opts.signal },
    opts.onProgress,
  );
}

export function imageRemove(
  t: DockerTransport,
  name: string,
  opts: Signal & { force?: boolean; noprune?: boolean },
): Promise<{ Untagged?: string; Deleted?: string }[]> {
  return requestJson(t, {
    method: 'DELETE',
    path: `/images/${seg(imageRef(name))}`,
    query: { force: opts.force, noprune: opts.noprune },
    signal: opts.signal,
  });
}

/** GET /images/{name}/get: the image as a `docker save` tar stream. */
export function imageSave(t: DockerTransport, name: string, opts: Signal): Promise<IncomingMessage> {
  return requestStream(t, { method: 'GET', path: `/images/${seg(imageRef(name))}/get`, signal: opts.signal });
}

/** POST /images/load: loads a `docker save` tarball. */
export function imageLoad(t: DockerTransport, tar: Readable, opts: Signal & OnProgress & { quiet?: boolean }): Promise<ProgressMessage[]> {
  return requestProgress(
    t,
    { method: 'POST', path: '/images/load', query: { quiet: opts.quiet }, body: { stream: tar }, signal: opts.signal },
    opts.onProgress,
  );
}

/**
 * POST /images/create?fromSrc=-: imports a root file system tarball as an image (docker import).
 * Resolves with the new image's id where the daemon reports it.
 */
export async function imageImport(
  t: DockerTransport,
  tar: Readable,
  opts: Signal & OnProgress & { repository?: string; changes?: readonly string[]; message?: string; platform?: string },
): Promise<{ id: string | undefined; messages: ProgressMessage[] }> {
  const messages = await requestProgress(
    t,
    {
      method: 'POST',
      path: '/images/create',
      query: {
        fromSrc: '-',
        // "repo:tag" in one parameter: Docker documents it, and podman ignores a separate `tag`.
        repo: opts.repository,
        changes: opts.changes && opts.changes.length > 0 ? opts.changes : undefined,
        message: opts.message,
        platform: opts.platform || undefined,
      },
      body: { stream: tar },
      signal: opts.signal,
    },
    opts.onProgress,
  );
  const id = [...messages].reverse().find((m) => m.status?.startsWith('sha256:') || /^[0-9a-f]{64}$/.test(m.status ?? ''))?.status;
  return { id, messages };
}
