// The whole test suite: prepares what the tests need, runs vitest, and ends with "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare } from './test-env/prepare.mjs';
import { teardown } from './test-env/teardown.mjs';
import { readState } from './test-env/lib.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const inCI = process.env.CI === 'true';

// Debian's packer 1.6.6 is the oracle for console/fmt tests; install it when we can.
function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}
if (!hasCommand('packer') && isRoot && hasCommand('apt-get')) {
  process.stdout.write('Installing Debian packer (oracle for console/fmt tests)...\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq packer >/dev/null'], { stdio: 'inherit', env });
}
if (inCI && !hasCommand('packer')) {
  process.stderr.write('CI=true but packer could not be installed: oracle tests would be skipped.\n');
  process.exit(1);
}

// The CLI tests run bin/kiln, which needs the bundle.
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) {
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}

// The container test environment (podman's Docker API, base image, registry): prepared when root or in CI, and
// torn down afterwards (also on failure and on SIGINT/SIGTERM). Only what this run started is stopped.
const useEnv = isRoot || inCI;
let interrupted;
let vitest;
const onSignal = (sig) => {
  if (interrupted) {
    process.stderr.write(`test: ${sig} again; waiting for the current step to end, then the test env is torn down\n`);
    return;
  }
  interrupted = sig;
  vitest?.kill(sig);
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
let envBefore = {};
if (useEnv) {
  envBefore = readState();
  const started = Date.now();
  try {
    const { env, actions } = await prepare();
    for (const a of actions) process.stdout.write(`test env: ${a}\n`);
    Object.assign(process.env, env);
    process.stdout.write(`test env: prepared in ${((Date.now() - started) / 1000).toFixed(1)} s (DOCKER_HOST=${env.DOCKER_HOST})\n`);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    process.stderr.write(`test env: prepare failed after ${((Date.now() - started) / 1000).toFixed(1)} s: ${why}\n`);
    if (inCI || interrupted) {
      await stopEnv();
      process.stdout.write('0 passed, 1 failed\n');
      process.exit(1);
    }
    process.stderr.write('test env: continuing without it; container integration tests will skip.\n');
  }
}

/** Stops what this run's prepare started (compared with the state before it), never what was already running. */
async function stopEnv() {
  if (!useEnv) return;
  const after = readState();
  const service = after.servicePid !== undefined && after.servicePid !== envBefore.servicePid;
  const registry = after.registryPid !== undefined && after.registryPid !== envBefore.registryPid;
  if (!service && !registry) return;
  try {
    for (const a of await teardown({ service, registry })) process.stdout.write(`test env: ${a}\n`);
  } catch (err) {
    process.stderr.write(`test env: teardown failed: ${err instanceof Error ? err.message : String(err)}\n`);
  }
}

if (interrupted) {
  await stopEnv();
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'kiln-test-'));
const report = join(dir, 'report.json');
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const child = spawn('npx', args, { stdio: 'inherit' });
vitest = child;
const status = await new Promise((resolve) => {
  child.on('error', () => resolve(1));
  child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});
await stopEnv();

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  // numFailedTestSuites also counts describe blocks; add only the files that failed without a failing test
  // (a file that does not load, an error in a hook).
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  failed = (r.numFailedTests ?? 0) + brokenFiles;
} else {
  failed = 1;
}
rmSync(dir, { recursive: true, force: true });
if ((status !== 0 || interrupted) && failed === 0) failed = 1;
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
