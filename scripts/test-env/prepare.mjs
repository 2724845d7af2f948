// Prepares the container test environment (idempotent): podman + runc, its Docker API on a unix socket,
// a debootstrapped Debian base image, and a loopback registry. Run as root; prints `export` lines on stdout.
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BASE_IMAGE, BASE_TARBALL, CACHE_DIR, CONTAINERS_CONF, CONTAINERS_CONF_TEXT, DOCKER_HOST, PACKAGES, REGISTRIES_CONF,
  REGISTRIES_CONF_TEXT, REGISTRY, RUN_DIR, SERVICE_PID_FILE, SOCKET, STATE_FILE, alive, findDockerHost, hasCommand,
  httpStatus, imageExists, isRoot, pingDocker, readState, run, startDetached, testEnv, waitFor,
} from './lib.mjs';

const MIRROR = 'http://deb.debian.org/debian';

/** Installs the missing packages; keeps their init scripts from starting services (policy-rc.d). */
function installPackages(actions) {
  const missing = PACKAGES.filter((p) => {
    try {
      return !run('dpkg-query', ['-W', '-f=${Status}', p]).includes('install ok installed');
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return;
  if (!hasCommand('apt-get')) throw new Error(`missing packages ${missing.join(', ')} and no apt-get to install them`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', ...missing], { env });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  actions.push(`installed ${missing.join(', ')}`);
}

/** Writes `text` to `path` unless it already holds it; a different existing file is backed up first. */
function writeConfig(path, text, actions) {
  if (existsSync(path)) {
    const current = readFileSync(path, 'utf8');
    if (current === text) return;
    const backup = `${path}.kiln-backup-${Date.now()}`;
    renameSync(path, backup);
    actions.push(`backed up ${path} to ${backup}`);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  actions.push(`wrote ${path}`);
}

/** Starts `podman system service` on SOCKET unless an API already answers there; true when it started one. */
async function startService(state, actions) {
  mkdirSync(RUN_DIR, { recursive: true });
  if (await pingDocker(DOCKER_HOST)) {
    actions.push(`podman service already answers on ${SOCKET}`);
    return false;
  }
  rmSync(SOCKET, { force: true });
  const log = openSync(join(RUN_DIR, 'service.log'), 'a');
  const pid = startDetached('podman', ['system', 'service', '--time=0', DOCKER_HOST], log);
  closeSync(log);
  state.servicePid = pid;
  writeFileSync(SERVICE_PID_FILE, `${pid}\n`);
  writeFileSync(STATE_FILE, JSON.stringify(state));
  const up = await waitFor(async () => alive(pid) && (await pingDocker(DOCKER_HOST)), 30_000);
  if (!up) {
    const tail = readFileSync(join(RUN_DIR, 'service.log'), 'utf8').trim().split('\n').slice(-10).join('\n');
    throw new Error(`podman system service did not answer GET /_ping on ${SOCKET} within 30 s${tail ? `:\n${tail}` : ''}`);
  }
  actions.push(`started podman system service (pid ${pid}) on ${SOCKET}`);
  return true;
}

/** Builds BASE_IMAGE from a cached debootstrap tarball (made on first use). */
async function ensureBaseImage(actions) {
  if (await imageExists(DOCKER_HOST, BASE_IMAGE)) {
    actions.push(`base image ${BASE_IMAGE} present`);
    return;
  }
  if (!existsSync(BASE_TARBALL)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const root = mkdtempSync('/var/tmp/kiln-debootstrap-');
    const partial = `${BASE_TARBALL}.partial`;
    try {
      const started = Date.now();
      run('debootstrap', ['--variant=minbase', 'bookworm', root, MIRROR]);
      run('tar', ['-C', root, '-cf', partial, '.']);
      renameSync(partial, BASE_TARBALL);
      actions.push(`debootstrapped bookworm minbase into ${BASE_TARBALL} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(partial, { force: true });
    }
  }
  run('podman', ['import', '--change', 'CMD ["bash"]', BASE_TARBALL, BASE_IMAGE]);
  actions.push(`imported ${BASE_TARBALL} as ${BASE_IMAGE}`);
}

/** Starts Debian's docker-registry on REGISTRY with a temporary storage directory, unless one answers; true when started. */
async function startRegistry(state, actions) {
  const [host, port] = REGISTRY.split(':');
  const ping = async () => (await httpStatus({ host, port: Number(port) }, '/v2/')) === 200;
  if (await ping()) {
    actions.push(`registry already answers on ${REGISTRY}`);
    return false;
  }
  const dir = mkdtempSync('/var/tmp/kiln-registry-');
  state.registryDir = dir;
  const config = join(dir, 'config.yml');
  // The shape of Debian's /etc/docker/registry/config.yml, with our storage directory and loopback address.
  writeFileSync(config, [
    'version: 0.1',
    'log:',
    '  level: warn',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'storage')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${REGISTRY}`,
    '',
  ].join('\n'));
  const log = openSync(join(dir, 'registry.log'), 'a');
  const pid = startDetached('docker-registry', ['serve', config], log);
  closeSync(log);
  state.registryPid = pid;
  writeFileSync(STATE_FILE, JSON.stringify(state));
  if (!(await waitFor(async () => alive(pid) && (await ping()), 15_000))) {
    const tail = readFileSync(join(dir, 'registry.log'), 'utf8').trim().split('\n').slice(-10).join('\n');
    throw new Error(`docker-registry did not answer GET /v2/ on ${REGISTRY} within 15 s${tail ? `:\n${tail}` : ''}`);
  }
  actions.push(`started docker-registry (pid ${pid}) on ${REGISTRY}, storage in ${dir}`);
  return true;
}

/**
 * Prepares everything; resolves to { env, actions, skipped, started: { service, registry } } (`started` says what
 * this call started, for teardown). Not root: uses a Docker API that already answers ($DOCKER_HOST or
 * /var/run/docker.sock) and changes nothing, or throws when none does.
 */
export async function prepare({ base = true, registry = true } = {}) {
  const actions = [];
  if (!isRoot()) {
    const host = await findDockerHost();
    if (!host) throw new Error('not root, and no Docker API answers GET /_ping at $DOCKER_HOST or /var/run/docker.sock');
    actions.push(`not root: using the Docker API at ${host}`);
    const fallbackBase = (await imageExists(host, BASE_IMAGE)) ? BASE_IMAGE : 'debian:bookworm';
    const env = {
      DOCKER_HOST: host,
      KILN_TEST_BASE_IMAGE: process.env.KILN_TEST_BASE_IMAGE ?? fallbackBase,
      KILN_TEST_REGISTRY: process.env.KILN_TEST_REGISTRY ?? REGISTRY,
    };
    return { env, actions, skipped: true, started: { service: false, registry: false } };
  }
  installPackages(actions);
  writeConfig(CONTAINERS_CONF, CONTAINERS_CONF_TEXT, actions);
  writeConfig(REGISTRIES_CONF, REGISTRIES_CONF_TEXT, actions);
  mkdirSync(RUN_DIR, { recursive: true });
  const state = readState();
  const started = { service: false, registry: false };
  started.service = await startService(state, actions);
  if (base) await ensureBaseImage(actions);
  if (registry) started.registry = await startRegistry(state, actions);
  writeFileSync(STATE_FILE, JSON.stringify(state));
  return { env: testEnv(DOCKER_HOST), actions, skipped: false, started };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    const { env, actions } = await prepare();
    for (const a of actions) process.stderr.write(`prepare: ${a}\n`);
    process.stderr.write(`prepare: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    for (const [k, v] of Object.entries(env)) process.stdout.write(`export ${k}=${v}\n`);
  } catch (err) {
    process.stderr.write(`prepare: failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
