// Where the Docker Engine API is: DOCKER_HOST (unix:// or tcp://), TLS from DOCKER_TLS_VERIFY / DOCKER_CERT_PATH.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_SOCKET_PATH = '/var/run/docker.sock';
/** The API version Kiln speaks unless told otherwise; podman 4 serves it. */
export const DEFAULT_API_VERSION = '1.41';

export interface DockerTlsOptions {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  /** Check the daemon's certificate against `ca` (DOCKER_TLS_VERIFY). */
  verify: boolean;
}

export type DockerConnectionOptions =
  | { kind: 'unix'; socketPath: string; apiVersion: string }
  | { kind: 'tcp'; host: string; port: number; tls?: DockerTlsOptions; apiVersion: string };

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the connection from the environment the way the docker CLI does. */
export function connectionFromEnv(env: Env = process.env): DockerConnectionOptions {
  const apiVersion = (env['DOCKER_API_VERSION'] ?? DEFAULT_API_VERSION).replace(/^v/, '');
  return parseDockerHost(env['DOCKER_HOST'] ?? '', apiVersion, () => tlsFromEnv(env));
}

/** Parses a DOCKER_HOST value; `tls` is consulted for tcp:// hosts only. */
export function parseDockerHost(
  host: string,
  apiVersion: string = DEFAULT_API_VERSION,
  tls: () => DockerTlsOptions | undefined = () => undefined,
): DockerConnectionOptions {
  if (host === '') return { kind: 'unix', socketPath: DEFAULT_SOCKET_PATH, apiVersion };
  if (host.startsWith('unix://')) return { kind: 'unix', socketPath: host.slice('unix://'.length), apiVersion };
  if (host.startsWith('tcp://') || host.startsWith('http://') || host.startsWith('https://')) {
    const url = new URL(host.replace(/^tcp:/, 'http:'));
    const tlsOptions = tls() ?? (host.startsWith('https://') ? { verify: true } : undefined);
    const port = url.port !== '' ? Number(url.port) : tlsOptions ? 2376 : 2375;
    return { kind: 'tcp', host: url.hostname.replace(/^\[|\]$/g, ''), port, ...(tlsOptions ? { tls: tlsOptions } : {}), apiVersion };
  }
  if (host.startsWith('/')) return { kind: 'unix', socketPath: host, apiVersion };
  throw new Error(`Unsupported DOCKER_HOST ${JSON.stringify(host)}: expected unix:///path or tcp://host:port`);
}

/** TLS material from DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) when DOCKER_TLS_VERIFY or DOCKER_TLS is set. */
export function tlsFromEnv(env: Env): DockerTlsOptions | undefined {
  const verify = (env['DOCKER_TLS_VERIFY'] ?? '') !== '';
  if (!verify && (env['DOCKER_TLS'] ?? '') === '') return undefined;
  const dir = env['DOCKER_CERT_PATH'] || join(homedir(), '.docker');
  const read = (name: string): Buffer | undefined => {
    try {
      return readFileSync(join(dir, name));
    } catch (err) {
      if (verify || name !== 'ca.pem') {
        throw new Error(`Cannot read ${name} from DOCKER_CERT_PATH ${dir}`, { cause: err });
      }
      return undefined;
    }
  };
  const ca = read('ca.pem');
  const cert = read('cert.pem');
  const key = read('key.pem');
  return { verify, ...(ca ? { ca } : {}), ...(cert ? { cert } : {}), ...(key ? { key } : {}) };
}

/** A short description for messages: "unix:///run/x.sock" or "tcp://host:2376 (TLS)". */
export function describeConnection(c: DockerConnectionOptions): string {
  return c.kind === 'unix' ? `unix://${c.socketPath}` : `tcp://${c.host}:${c.port}${c.tls ? ' (TLS)' : ''}`;
}
