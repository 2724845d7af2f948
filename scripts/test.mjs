// The whole test suite: prepares what the tests need, runs vitest, and ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

const dir = mkdtempSync(join(tmpdir(), 'kiln-test-'));
const report = join(dir, 'report.json');
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit' });

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0);
} else {
  failed = 1;
}
rmSync(dir, { recursive: true, force: true });
if (run.status !== 0 && failed === 0) failed = 1;
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
