// npm run bench: Kiln's performance figures, measured side by side with Debian's packer 1.6.6 in one run.
// The build benchmarks (bench/builds.mjs) need a Docker Engine API ($DOCKER_HOST) and a base image
// ($KILN_TEST_BASE_IMAGE, default localhost/kiln-test/debian:bookworm) for their docker part; without them it is skipped.
// KILN_BENCH_DOCKER=0 skips the docker part, KILN_BENCH_BUILDS=0 all build benchmarks, KILN_BENCH_QUICK=1 runs each build once.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const benchStart = Date.now();
const out = '.bench';
mkdirSync(out, { recursive: true });

const entries = ['hcl-throughput', 'write-template', 'write-validate-template'];
await build({
  entryPoints: entries.map((e) => `bench/${e}.ts`),
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  banner: { js: "import { createRequire as __kilnCreateRequire } from 'node:module'; const require = __kilnCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const hasPacker = spawnSync('sh', ['-c', 'command -v packer'], { stdio: 'ignore' }).status === 0;
const results = [];
const report = (name, kiln, packer, unit, details = {}) => {
  const ratio = kiln !== undefined && packer ? +(kiln / packer).toFixed(2) : undefined;
  results.push({ name, kiln, packer, unit, ratio, ...details });
};

// 1. Parse + evaluate throughput on a large generated template.
const tp = spawnSync(process.execPath, [join(out, 'hcl-throughput.mjs'), String(4 * 1024 * 1024)], { encoding: 'utf8' });
if (tp.status !== 0) {
  process.stderr.write(tp.stderr);
  process.exit(1);
}
const throughput = JSON.parse(tp.stdout);
console.log(`HCL parse+evaluate: ${(throughput.bytes / 1048576).toFixed(1)} MiB, ${throughput.expressions} expressions, ` +
  `parse ${throughput.parseMs} ms (${throughput.parseMBps} MiB/s), parse+evaluate ${throughput.parseMs + throughput.evalMs} ms ` +
  `(${throughput.parseEvalMBps} MiB/s), ${throughput.errors} diagnostics`);

// 2. kiln fmt vs packer fmt on the same files (large generated, and a small example), median of runs.
// Packer 1.6.6 has no stdin mode, so both tools rewrite a fresh copy of the same file in place.
function timeRuns(cmd, args, input, runs) {
  const times = [];
  const file = join(out, 'fmt-subject.pkr.hcl');
  for (let i = 0; i < runs; i++) {
    writeFileSync(file, input);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, [...args, file], { maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 && r.status !== 3) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
const large = join(out, 'large.pkr.hcl');
spawnSync(process.execPath, [join(out, 'write-template.mjs'), large, String(2 * 1024 * 1024)]);
// Make it messy so the formatter has work to do: collapse alignment.
const messy = readFileSync(large, 'utf8').replace(/ +=/g, ' =').replace(/\n  /g, '\n ');
writeFileSync(large, messy);
const small = readFileSync('examples/web.pkr.hcl', 'utf8').replace(/ +=/g, ' =');
for (const [label, input, runs] of [['fmt small template (examples/web.pkr.hcl)', small, 15], [`fmt large template (${(messy.length / 1048576).toFixed(1)} MiB)`, messy, 5]]) {
  const kiln = timeRuns(process.execPath, ['bin/kiln', 'fmt'], input, runs);
  const packer = hasPacker ? timeRuns('packer', ['fmt'], input, runs) : undefined;
  report(label, +kiln.toFixed(1), packer && +packer.toFixed(1), 'ms');
}

// 3. kiln validate vs packer validate on the same templates (a small typical one, a large generated one), median of runs.
function timeValidate(cmd, args, file, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, [...args, file], { maxBuffer: 1 << 30, env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} ${file} failed: ${r.stdout}${r.stderr}`);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
const validateLarge = join(out, 'validate-large.pkr.hcl');
spawnSync(process.execPath, [join(out, 'write-validate-template.mjs'), validateLarge, '300']);
const validateLargeKiB = (readFileSync(validateLarge).length / 1024).toFixed(0);
for (const [label, file, runs] of [
  ['validate small template (bench/validate-templates/small.pkr.hcl)', 'bench/validate-templates/small.pkr.hcl', 15],
  [`validate large template (${validateLargeKiB} KiB, 300 variable groups)`, validateLarge, 3],
]) {
  const kiln = timeValidate(process.execPath, ['bin/kiln', 'validate'], file, runs);
  const packer = hasPacker ? timeValidate('packer', ['validate'], file, runs) : undefined;
  report(label, +kiln.toFixed(1), packer && +packer.toFixed(1), 'ms');
}

// 4. Builds: docker builds (end to end, 1 GiB upload, 8 in parallel) and compress on a 1 GiB artifact, kiln vs packer.
let builds;
if (process.env.KILN_BENCH_BUILDS !== '0') {
  const { runBuildBenchmarks } = await import('../bench/builds.mjs');
  builds = await runBuildBenchmarks({ root: process.cwd(), out, hasPacker, report });
}

const na = (v, unit) => (v === undefined ? 'n/a' : `${v} ${unit}`);
console.log('');
console.log('| benchmark | kiln | packer 1.6.6 | kiln/packer |');
console.log('|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.name} | ${na(r.kiln, r.unit)} | ${na(r.packer, r.unit)} | ${r.ratio ?? 'n/a'} |`);
}
const notes = [...new Set(results.filter((r) => r.packer === undefined && r.packerNote).map((r) => r.packerNote))];
if (notes.length > 0) console.log(`\npacker n/a: ${notes.join('; ')}`);
const totalSeconds = Math.round((Date.now() - benchStart) / 1000);
console.log(`\nbench took ${totalSeconds} s${builds ? ` (builds ${builds.seconds} s)` : ''}; results in ${join(out, 'results.json')}`);
writeFileSync(join(out, 'results.json'), JSON.stringify({ throughput, results, builds, totalSeconds }, null, 2));
