// The Docker Engine API client (Docker or podman's compatible service), spoken over node:http.
export { createDockerClient, type DockerClient } from './client.js';
export {
  connectionFromEnv,
  parseDockerHost,
  describeConnection,
  DEFAULT_API_VERSION,
  DEFAULT_SOCKET_PATH,
  type DockerConnectionOptions,
  type DockerTlsOptions,
} from './connection.js';
export { DockerApiError, DockerConnectionError } from './errors.js';
export { DockerTransport, type DockerRequest, type ProgressMessage } from './request.js';
export { FrameDemuxer, encodeFrame, type StreamKind } from './demux.js';
export { splitImageName, type ImageInspect } from './images.js';
export type { ContainerCreateConfig, ContainerInspect, CommitConfig, DeviceMapping } from './containers.js';
export type { ExecCreateConfig, ExecInspect } from './exec.js';
export { isDirectoryStat, type PathStat } from './archive.js';
export { registryAuthHeader, compareApiVersions, type RegistryAuth, type VersionInfo } from './system.js';
