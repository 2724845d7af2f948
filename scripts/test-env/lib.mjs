// Shared paths and helpers for the container test environment (podman's Docker API, base image, registry).
import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';

export const RUN_DIR = '/run/kiln-test';
export const SOCKET = `${RUN_DIR}/podman.sock`;
export const DOCKER_HOST = `unix://${SOCKET}`;
export const STATE_FILE = `${RUN_DIR}/state.json`;
export const SERVICE_PID_FILE = `${RUN_DIR}/service.pid`;
export const CACHE_DIR = '/var/cache/kiln-test';
export const BASE_TARBALL = `${CACHE_DIR}/bookworm-minbase.tar`;
export const BASE_IMAGE = 'localhost/kiln-test/debian:bookworm';
export const REGISTRY = '127.0.0.1:5000';
export const CONTAINERS_CONF = '/etc/containers/containers.conf';
export const CONTAINERS_CONF_TEXT = '[containers]\ndefault_ulimits = []\n[engine]\nruntime = "runc"\n';
export const REGISTRIES_CONF = '/etc/containers/registries.conf.d/kiln-test.conf';
export const REGISTRIES_CONF_TEXT = `# Written by kiln's scripts/test-env: the loopback test registry speaks plain HTTP.\n[[registry]]\nlocation = "${REGISTRY}"\ninsecure = true\n`;
export const PACKAGES = ['podman', 'runc', 'debootstrap', 'docker-registry', 'isal', 'lz4', 'zstd', 'xz-utils'];

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** True when `cmd` is on PATH. */
export function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Runs a command to completion; throws with its output on failure. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`, { cause: r.error });
  if (r.status !== 0) {
    const out = `${r.stderr ?? ''}${r.stdout ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}${out ? `:\n${out}` : ''}`);
  }
  return r.stdout ?? '';
}

/** Starts a long-running child in its own process group, detached from us, output to a log file descriptor. */
export function startDetached(cmd, args, logFd) {
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', logFd, logFd] });
  child.unref();
  return child.pid;
}

/** Parses DOCKER_HOST into http.request options (unix sockets and tcp:// only; TLS hosts are not pinged). */
export function dockerHostOptions(host) {
  if (!host) return undefined;
  if (host.startsWith('unix://')) return { socketPath: host.slice('unix://'.length) };
  const m = /^(?:tcp|http):\/\/([^:/]+)(?::(\d+))?/.exec(host);
  if (m) return { host: m[1], port: Number(m[2] ?? 2375) };
  return undefined;
}

/** GETs a path and resolves to the status code, or 0 when nothing answers within `timeoutMs`. */
export function httpStatus(options, path, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const req = request({ ...options, path, method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(0));
    req.end();
  });
}

/** True when a Docker Engine API answers `GET /_ping` at this DOCKER_HOST value. */
export async function pingDocker(host) {
  const options = dockerHostOptions(host);
  return options !== undefined && (await httpStatus(options, '/_ping')) === 200;
}

/** The first Docker API that answers: $DOCKER_HOST, then /var/run/docker.sock. */
export async function findDockerHost() {
  const candidates = [process.env.DOCKER_HOST, 'unix:///var/run/docker.sock'].filter(Boolean);
  for (const host of candidates) if (await pingDocker(host)) return host;
  return undefined;
}

/** True when an image exists behind the Docker API at `host`. */
export async function imageExists(host, name) {
  const options = dockerHostOptions(host);
  if (!options) return false;
  return (await httpStatus(options, `/images/${encodeURIComponent(name)}/json`, 5000)) === 200;
}

/** Polls `check` until it resolves true or `timeoutMs` passes. */
export async function waitFor(check, timeoutMs, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return check();
}

/** True when a process with this pid is alive. */
export function alive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** What prepare started, as recorded in the state file ({} when none). */
export function readState() {
  try {
    return existsSync(STATE_FILE) ? JSON.parse(readFileSync(STATE_FILE, 'utf8')) : {};
  } catch {
    return {};
  }
}

/** The environment the tests get. */
export function testEnv(dockerHost = DOCKER_HOST) {
  return { DOCKER_HOST: dockerHost, KILN_TEST_BASE_IMAGE: BASE_IMAGE, KILN_TEST_REGISTRY: REGISTRY };
}
