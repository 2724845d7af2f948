// The Docker client: every endpoint function bound to one transport.
import * as archive from './archive.js';
import { connectionFromEnv, type DockerConnectionOptions } from './connection.js';
import * as containers from './containers.js';
import * as exec from './exec.js';
import * as images from './images.js';
import { DockerTransport, type RequestLogger } from './request.js';
import * as system from './system.js';

const endpoints = {
  ping: system.ping,
  version: system.version,
  negotiateApiVersion: system.negotiateApiVersion,
  login: system.login,
  imageInspect: images.imageInspect,
  imagePull: images.imagePull,
  imageTag: images.imageTag,
  imagePush: images.imagePush,
  imageRemove: images.imageRemove,
  imageSave: images.imageSave,
  imageLoad: images.imageLoad,
  imageImport: images.imageImport,
  containerCreate: containers.containerCreate,
  containerStart: containers.containerStart,
  containerStop: containers.containerStop,
  containerKill: containers.containerKill,
  containerRemove: containers.containerRemove,
  containerInspect: containers.containerInspect,
  containerExport: containers.containerExport,
  containerCommit: containers.containerCommit,
  execCreate: exec.execCreate,
  execStart: exec.execStart,
  execInspect: exec.execInspect,
  execRun: exec.execRun,
  putArchive: archive.putArchive,
  getArchive: archive.getArchive,
  statPath: archive.statPath,
};

type Bound<F> = { [K in keyof F]: F[K] extends (t: DockerTransport, ...args: infer A) => infer R ? (...args: A) => R : never };

export type DockerClient = Bound<typeof endpoints> & {
  readonly transport: DockerTransport;
  /** Closes idle connections. */
  close(): void;
};

/** A client for the daemon described by `connection` (default: from DOCKER_HOST and friends). */
export function createDockerClient(connection: DockerConnectionOptions = connectionFromEnv(), log?: RequestLogger): DockerClient {
  const transport = new DockerTransport(connection, log);
  const bound: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(endpoints)) {
    bound[name] = (...args: unknown[]) => (fn as (t: DockerTransport, ...a: unknown[]) => unknown)(transport, ...args);
  }
  return Object.assign(bound as Bound<typeof endpoints>, { transport, close: () => transport.close() });
}
