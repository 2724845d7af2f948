// System endpoints: ping, version (and version negotiation), registry login.
import { requestJson, readText, type DockerTransport } from './request.js';

export interface VersionInfo {
  Version: string;
  ApiVersion: string;
  MinAPIVersion?: string;
  Os: string;
  Arch: string;
  Components?: { Name: string; Version: string }[];
}

export interface RegistryAuth {
  username?: string;
  password?: string;
  serveraddress?: string;
  identitytoken?: string;
}

/** GET /_ping: resolves with "OK" when the daemon answers. */
export async function ping(t: DockerTransport, opts: { signal: AbortSignal }): Promise<string> {
  return readText(await t.send({ method: 'GET', path: '/_ping', signal: opts.signal, unversioned: true }));
}

export function version(t: DockerTransport, opts: { signal: AbortSignal }): Promise<VersionInfo> {
  return requestJson<VersionInfo>(t, { method: 'GET', path: '/version', signal: opts.signal, unversioned: true });
}

/**
 * Uses the lower of the daemon's API version and the one configured; resolves with the version in use. Reads the
 * `API-Version` header of GET /_ping, as the docker CLI does (podman answers /version in about 330 ms, /_ping in
 * under 1 ms), and asks /version only when a daemon sends no such header.
 */
export async function negotiateApiVersion(t: DockerTransport, opts: { signal: AbortSignal }): Promise<string> {
  const res = await t.send({ method: 'GET', path: '/_ping', signal: opts.signal, unversioned: true });
  res.resume();
  const header = res.headers['api-version'];
  const daemon = (Array.isArray(header) ? header[0] : header) ?? (await version(t, opts)).ApiVersion;
  if (daemon && compareApiVersions(daemon, t.apiVersion) < 0) t.apiVersion = daemon;
  return t.apiVersion;
}

export function compareApiVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am !== bm ? am - bm : an - bn;
}

/** POST /auth: checks credentials with a registry (docker login). */
export function login(
  t: DockerTransport,
  auth: RegistryAuth,
  opts: { signal: AbortSignal },
): Promise<{ Status: string; IdentityToken?: string }> {
  return requestJson(t, { method: 'POST', path: '/auth', body: { json: auth }, signal: opts.signal });
}

/** The X-Registry-Auth header: the auth JSON (`{}` when anonymous) in Go's padded URL-safe base64, as the docker CLI sends it. */
export function registryAuthHeader(auth: RegistryAuth | undefined): Record<string, string> {
  const b64 = Buffer.from(JSON.stringify(auth ?? {})).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  return { 'X-Registry-Auth': b64 };
}
