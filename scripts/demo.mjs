// `npm run demo`: builds examples/ into a container image end to end, on Docker when an Engine API answers, else
// (as root) on podman's Docker API prepared by scripts/test-env; with a local Debian base image when no registry is reachable.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_IMAGE, DOCKER_HOST as PODMAN_HOST, dockerHostOptions, findDockerHost, imageExists, isRoot, readState } from './test-env/lib.mjs';
import { prepare } from './test-env/prepare.mjs';
import { teardown } from './test-env/teardown.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => process.stdout.write(`demo: ${line}\n`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** True when Docker Hub's registry answers at all (401 is an answer), within a few seconds. */
function registryReachable() {
  return new Promise((resolve) => {
    const req = request({ host: 'registry-1.docker.io', path: '/v2/', method: 'GET', timeout: 4000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(false));
    req.end();
  });
}

/** The newest modification time of any file under `dir`. */
function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return newest;
}

/** True when the engine holds an image tagged exactly `name` (podman would also match .../kiln-test/debian:bookworm). */
async function hasExactTag(host, name) {
  const options = dockerHostOptions(host);
  if (!options) return false;
  const body = await new Promise((resolve) => {
    const req = httpRequest({ ...options, path: `/images/${encodeURIComponent(name)}/json`, timeout: 5000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve(res.statusCode === 200 ? text : ''));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(''));
    req.end();
  });
  if (!body) return false;
  const tags = JSON.parse(body).RepoTags ?? [];
  return tags.some((t) => t === name || t === `docker.io/library/${name}`);
}

function runStep(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed (${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal})`);
}

let interrupted;
let kiln;
let envBefore = readState();
let preparedHere = false;
process.on('SIGINT', (sig) => {
  interrupted = sig;
  kiln?.kill(sig);
});
process.on('SIGTERM', (sig) => {
  interrupted = sig;
  kiln?.kill(sig);
});

/** Stops the podman service if this run started it (the image stays in podman's storage for `podman run`). */
async function cleanup() {
  if (!preparedHere) return;
  const after = readState();
  const service = after.servicePid !== undefined && after.servicePid !== envBefore.servicePid;
  if (!service) return;
  for (const a of await teardown({ service: true, registry: false })) say(a);
}

async function main() {
  const started = Date.now();
  // 1. The bundle.
  if (!existsSync(join(root, 'node_modules'))) {
    say('installing dependencies (npm ci)');
    runStep('npm', ['ci', '--no-audit', '--no-fund'], 'npm ci');
  }
  const bundle = join(root, 'dist', 'kiln.mjs');
  if (!existsSync(bundle) || newestMtime(join(root, 'src')) > statSync(bundle).mtimeMs) {
    say(`${existsSync(bundle) ? 'rebuilding' : 'building'} bin/kiln (npm run build)`);
    runStep(process.execPath, ['scripts/build.mjs'], 'npm run build');
  }

  // 2. A Docker Engine API: Docker's if one answers, else podman's (set up as root).
  const online = await registryReachable();
  let host = await findDockerHost();
  let engine = 'docker';
  if (host) {
    engine = host === PODMAN_HOST ? 'podman' : 'docker';
    say(`using the Docker Engine API at ${host}`);
  } else {
    if (!isRoot()) {
      throw new Error('no Docker Engine API answers at $DOCKER_HOST or /var/run/docker.sock; start Docker, or run the demo as root on Debian to set up podman');
    }
    say(`no Docker Engine API answers: preparing podman's${online ? '' : ' and a local Debian base image (no registry is reachable)'}`);
    const t = Date.now();
    envBefore = readState();
    preparedHere = true;
    const { env, actions } = await prepare({ base: !online, registry: false });
    for (const a of actions) say(a);
    say(`prepared in ${seconds(t)}`);
    host = env.DOCKER_HOST;
    engine = 'podman';
  }
  if (interrupted) throw new Error(`interrupted (${interrupted})`);

  // 3. The base image: the template's default (debian:bookworm) when it is present or can be pulled, else a local one.
  const vars = [];
  if (process.env.KILN_DEMO_BASE_IMAGE) {
    vars.push(`base_image=${process.env.KILN_DEMO_BASE_IMAGE}`);
  } else if (!online && !(await hasExactTag(host, 'debian:bookworm'))) {
    if (!(await imageExists(host, BASE_IMAGE))) {
      if (!isRoot() || engine !== 'podman') {
        throw new Error(`no registry is reachable and neither debian:bookworm nor ${BASE_IMAGE} exists at ${host}; set KILN_DEMO_BASE_IMAGE to a local Debian image`);
      }
      preparedHere = true;
      const { actions } = await prepare({ base: true, registry: false });
      for (const a of actions) say(a);
    }
    vars.push(`base_image=${BASE_IMAGE}`);
  }
  say(`base image: ${vars.length ? vars[0].slice('base_image='.length) : 'debian:bookworm (the template default)'}`);

  // 4. The build.
  const args = ['bin/kiln', 'build', ...vars.map((v) => `-var=${v}`), 'examples/'];
  say(`DOCKER_HOST=${host} ${args.join(' ')}`);
  const t = Date.now();
  kiln = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, DOCKER_HOST: host } });
  const status = await new Promise((resolve) => {
    kiln.on('error', () => resolve(1));
    kiln.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  if (status !== 0) throw new Error(`kiln build exited with ${status}${interrupted ? ` (interrupted by ${interrupted})` : ''}`);
  say(`built in ${seconds(t)} (${seconds(started)} in all)`);

  // 5. How to run it.
  const cli = engine === 'podman' ? 'podman' : 'docker';
  process.stdout.write(`\nThe image is kiln/web:latest (also kiln/web:1.0). Run it and open the page:\n\n`);
  process.stdout.write(`  ${cli} run --rm -d --name kiln-web -p 8080:80 kiln/web:latest\n`);
  process.stdout.write(`  curl http://localhost:8080/\n`);
  process.stdout.write(`  ${cli} stop kiln-web\n\n`);
}

let code = 0;
try {
  await main();
} catch (err) {
  process.stderr.write(`demo: ${err instanceof Error ? err.message : String(err)}\n`);
  code = 1;
}
try {
  await cleanup();
} catch (err) {
  process.stderr.write(`demo: cleanup failed: ${err instanceof Error ? err.message : String(err)}\n`);
  code = 1;
}
process.exit(code);
