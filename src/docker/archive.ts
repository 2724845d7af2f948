// Archive endpoints: put a tar stream into a container, get a path out of it as a tar stream, stat a path.
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { requestStream, requestVoid, seg, type DockerTransport } from './request.js';
import { DockerApiError } from './errors.js';

interface Signal {
  signal: AbortSignal;
}

/** The stat Docker reports for a container path (X-Docker-Container-Path-Stat). */
export interface PathStat {
  name: string;
  size: number;
  /** Go's os.FileMode bits: directory is 1 << 31, symlink 1 << 27. */
  mode: number;
  mtime: string;
  linkTarget: string;
}

const GO_MODE_DIR = 2 ** 31;

export function isDirectoryStat(stat: PathStat): boolean {
  return Math.floor(stat.mode / GO_MODE_DIR) % 2 === 1;
}

/** PUT /containers/{id}/archive?path=: extracts a tar stream into the existing directory `path`. */
export function putArchive(
  t: DockerTransport,
  containerId: string,
  path: string,
  tar: Readable,
  opts: Signal & { noOverwriteDirNonDir?: boolean; copyUIDGID?: boolean },
): Promise<void> {
  return requestVoid(t, {
    method: 'PUT',
    path: `/containers/${seg(containerId)}/archive`,
    query: { path, noOverwriteDirNonDir: opts.noOverwriteDirNonDir, copyUIDGID: opts.copyUIDGID },
    body: { stream: tar, contentType: 'application/x-tar' },
    signal: opts.signal,
  });
}

/** GET /containers/{id}/archive?path=: `path` (file or directory, named by its base name) as a tar stream. */
export function getArchive(t: DockerTransport, containerId: string, path: string, opts: Signal): Promise<IncomingMessage> {
  return requestStream(t, { method: 'GET', path: `/containers/${seg(containerId)}/archive`, query: { path }, signal: opts.signal });
}

/** HEAD /containers/{id}/archive?path=: the path's stat, or undefined when it does not exist. */
export async function statPath(t: DockerTransport, containerId: string, path: string, opts: Signal): Promise<PathStat | undefined> {
  try {
    const res = await t.send({ method: 'HEAD', path: `/containers/${seg(containerId)}/archive`, query: { path }, signal: opts.signal });
    res.resume();
    const header = res.headers['x-docker-container-path-stat'];
    if (typeof header !== 'string') return undefined;
    return JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as PathStat;
  } catch (err) {
    if (err instanceof DockerApiError && err.status === 404) return undefined;
    throw err;
  }
}
