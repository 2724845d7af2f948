// The build benchmarks of `npm run bench`: docker builds (end to end, a 1 GiB upload, 8 in parallel) and the compress
// post-processor on a 1 GiB artifact, each run by kiln and by packer 1.6.6 on the same template, interleaved.
// Everything the tools create (containers, images and tags, archives, temp dirs) is removed at the end, also on failure
// or Ctrl-C; the generated inputs stay in .bench/data for the next run.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasCommand } from '../scripts/test-env/lib.mjs';
import { compressBuild, parallelBuilds, simpleBuild, threeProvisionersTwoTags, uploadBuild } from './build-templates.mjs';
import { ensureLogFile, ensureRandomFile } from './data-files.mjs';
import { createRunResources, findEngine, imageExists } from './engine.mjs';
import { killRunning, measure, runTimed } from './run-tools.mjs';

const GiB = 1024 * 1024 * 1024;
const DEFAULT_BASE_IMAGE = 'localhost/kiln-test/debian:bookworm';

/** Runs per case; KILN_BENCH_QUICK=1 runs everything once (for trying the bench out). */
function runCounts() {
  const quick = process.env.KILN_BENCH_QUICK === '1';
  return quick
    ? { e2e: 1, warmup: 0, uploadBase: 1, upload: 1, compress: 1, parallel: 1 }
    : { e2e: 5, warmup: 1, uploadBase: 3, upload: 2, compress: 2, parallel: 3 };
}

const seconds = (ms) => (ms === undefined ? undefined : +(ms / 1000).toFixed(2));
const mib = (bytes) => (bytes === undefined ? undefined : +(bytes / 1048576).toFixed(1));

/**
 * Runs the build benchmarks and adds their rows through `report(name, kiln, packer, unit, details)`.
 * `root` is the checkout, `out` the bench directory (.bench), `hasPacker` whether packer is on PATH.
 * Resolves to a summary for results.json.
 */
export async function runBuildBenchmarks({ root, out, hasPacker, report, log = console.log }) {
  const runs = runCounts();
  const runId = `${Date.now().toString(36)}-${process.pid}`;
  const work = join(root, out, `builds-${runId}`);
  const dataDir = join(root, out, 'data');
  const summary = { runId, docker: undefined, errors: [] };
  const tmp = { kiln: join(work, 'tmp', 'kiln'), packer: join(work, 'tmp', 'packer') };
  for (const d of [join(work, 'files', 'www'), join(work, 'out'), tmp.kiln, tmp.packer]) mkdirSync(d, { recursive: true });

  // The engine, the base image and the packer side's `docker` CLI (a podman shim when the engine is podman).
  const engine = await findEngine();
  const baseImage = process.env.KILN_TEST_BASE_IMAGE || DEFAULT_BASE_IMAGE;
  let dockerSkip;
  if (process.env.KILN_BENCH_DOCKER === '0') dockerSkip = 'KILN_BENCH_DOCKER=0';
  else if (engine === undefined) dockerSkip = `no Docker Engine API answers at ${process.env.DOCKER_HOST ? `DOCKER_HOST=${process.env.DOCKER_HOST}` : 'DOCKER_HOST (unset) or /var/run/docker.sock'}`;
  else if (!(await imageExists(engine, baseImage))) dockerSkip = `the base image ${baseImage} is not in the engine (set KILN_TEST_BASE_IMAGE, or run scripts/test-env/prepare.mjs)`;
  let packerDocker = hasPacker;
  let packerDockerNote = hasPacker ? '' : 'packer is not on PATH';
  const shimDir = join(work, 'shim');
  if (dockerSkip === undefined && hasPacker) {
    if (engine.isPodman && hasCommand('podman')) {
      mkdirSync(shimDir, { recursive: true });
      writeFileSync(join(shimDir, 'docker'), '#!/bin/sh\nexec podman "$@"\n', { mode: 0o755 });
    } else if (engine.isPodman || !hasCommand('docker')) {
      packerDocker = false;
      packerDockerNote = `packer needs the ${engine.isPodman ? 'podman' : 'docker'} CLI for its docker builder, and it is not on PATH`;
    }
  }

  const resources = dockerSkip === undefined ? createRunResources(engine, baseImage, runId) : undefined;
  let cleaned = false;
  let imagesRemoved = 0;
  const removeImages = async () => (imagesRemoved += await resources.removeImages());
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    killRunning();
    if (resources) {
      try {
        const r = await resources.removeAll();
        summary.cleanup = { ...r, images: r.images + imagesRemoved };
        const leftBehind = r.containers > 0 ? `, ${r.containers} leftover container(s)` : '';
        log(
          `builds: removed ${r.images + imagesRemoved} image(s)${leftBehind}, the base tag and ${work}` +
            (r.remaining > 0 ? `; ${r.remaining} engine object(s) could not be removed` : ''),
        );
      } catch (e) {
        log(`builds: cleanup of the engine failed: ${e.message}`);
      }
    }
    rmSync(work, { recursive: true, force: true });
  };
  const onSignal = (sig) => {
    log(`\nbuilds: ${sig}: stopping the running builds and cleaning up`);
    cleanup().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // PACKER_LOG would slow both tools down with debug output: the bench measures them without it.
  const { PACKER_LOG: _log, PACKER_LOG_PATH: _logPath, ...baseEnv } = process.env;
  const env = (tool) => ({
    ...baseEnv,
    ...(engine ? { DOCKER_HOST: engine.host } : {}),
    TMPDIR: tmp[tool],
    PACKER_TMP_DIR: tmp[tool],
    ...(tool === 'packer'
      ? { CHECKPOINT_DISABLE: '1', PACKER_CACHE_DIR: join(tmp.packer, 'cache'), PATH: `${shimDir}:${process.env.PATH}` }
      : {}),
  });
  const kilnBin = join(root, 'bin', 'kiln');
  const build = {
    kiln: (template, vars) => runTimed(process.execPath, [kilnBin, 'build', '-color=false', ...vars, template], { cwd: work, env: env('kiln') }),
    packer: (template, vars) => runTimed('packer', ['build', '-color=false', ...vars, template], { cwd: work, env: env('packer') }),
  };
  /** The tools map for measure(): kiln always, packer when it can run this kind of build. */
  const tools = (template, vars, packerOk = hasPacker) => ({
    kiln: { run: (i) => build.kiln(template, vars('kiln', i)) },
    packer: packerOk ? { run: (i) => build.packer(template, vars('packer', i)) } : undefined,
  });
  /** Adds a row from measure() results; a failed side is reported as n/a with its error printed. */
  const row = (name, result, unit, value, packerNote = packerDockerNote) => {
    const side = (tool) => {
      const r = result[tool];
      if (r?.error) {
        log(`builds: ${name}: ${r.error}`);
        summary.errors.push({ name, tool, error: r.error });
        return undefined;
      }
      return r ? value(r, tool) : undefined;
    };
    const kiln = side('kiln');
    const packer = side('packer');
    report(name, kiln, packer, unit, {
      kilnRunsMs: result.kiln?.times?.map((t) => +t.toFixed(0)),
      packerRunsMs: result.packer?.times?.map((t) => +t.toFixed(0)),
      ...(result.packer === undefined && packerNote ? { packerNote } : {}),
    });
  };
  const sinceStart = Date.now();
  const section = (title) => log(`builds: ${title} (${((Date.now() - sinceStart) / 1000).toFixed(0)} s)`);

  try {
    writeFileSync(join(work, 'files', 'app.conf'), 'listen = 8080\nworkers = 4\n');
    for (let i = 0; i < 20; i++) writeFileSync(join(work, 'files', 'www', `page-${i}.html`), `<h1>Page ${i}</h1>\n`.repeat(200));
    writeFileSync(join(work, 'files', 'tiny.bin'), 'x');
    const templates = { simple: simpleBuild, three: threeProvisionersTwoTags, upload: uploadBuild, parallel: parallelBuilds(8), compress: compressBuild };
    for (const [name, text] of Object.entries(templates)) writeFileSync(join(work, `${name}.pkr.hcl`), text);

    if (dockerSkip !== undefined) {
      log(`builds: skipping the docker benchmarks: ${dockerSkip}`);
      summary.docker = { skipped: dockerSkip };
    } else {
      summary.docker = { host: engine.host, engine: engine.isPodman ? 'podman' : 'docker', baseImage, packer: packerDocker ? 'yes' : packerDockerNote };
      await resources.tagBase();
      const dockerVars = (caseName) => (tool) => [
        `-var=base_image=${resources.baseTag}`,
        `-var=repo=localhost/kiln-bench/${runId}-${caseName}-${tool}`,
        `-var=label=${resources.labelValue}`,
      ];
      const s = (r) => seconds(r.median);

      section(`docker build, shell + file + docker-tag, ${runs.e2e} runs each`);
      let r = await measure(tools('simple.pkr.hcl', dockerVars('simple'), packerDocker), runs.e2e, { warmup: runs.warmup });
      row(`docker build: shell + file + docker-tag, commit (median of ${runs.e2e})`, r, 's', s);
      await removeImages();

      section(`docker build, three provisioners + two tags, ${runs.e2e} runs each`);
      r = await measure(tools('three.pkr.hcl', dockerVars('three'), packerDocker), runs.e2e);
      row(`docker build: 3 provisioners + 2 tags, commit (median of ${runs.e2e})`, r, 's', s);
      await removeImages();

      section(`8 docker builds in parallel, ${runs.parallel} runs each`);
      r = await measure(tools('parallel.pkr.hcl', dockerVars('par'), packerDocker), runs.parallel);
      row(`8 parallel docker builds, shell + docker-tag each (median of ${runs.parallel})`, r, 's', s);
      await removeImages();

      const upload = join(dataDir, 'upload-1g.bin');
      section('upload: generating 1 GiB of random bytes');
      if (!ensureRandomFile(upload, GiB)) log(`builds: reusing ${upload}`);
      const uploadVars = (file) => () => [`-var=base_image=${resources.baseTag}`, `-var=upload=${file}`];
      section(`upload: 1-byte file (baseline), ${runs.uploadBase} runs each`);
      const base = await measure(tools('upload.pkr.hcl', uploadVars('files/tiny.bin'), packerDocker), runs.uploadBase);
      section(`upload: 1 GiB file, ${runs.upload} runs each`);
      const big = await measure(tools('upload.pkr.hcl', uploadVars(upload), packerDocker), runs.upload);
      row(`docker file provisioner, 1 GiB upload, discard: build time (median of ${runs.upload})`, big, 's', s);
      const both = Object.fromEntries(
        ['kiln', 'packer'].map((t) => [t, big[t]?.error || base[t]?.error ? { error: big[t]?.error ?? base[t]?.error } : big[t] && base[t] ? { ...big[t], base: base[t].median } : undefined]),
      );
      row('docker 1 GiB upload throughput, build time minus a 1-byte upload (higher is better)', both, 'MiB/s', (x) => +(1024 / ((x.median - x.base) / 1000)).toFixed(0));
    }

    // compress needs no engine: a null build whose artifact (artifice) is a 1 GiB file of log-like text.
    const artifact = join(dataDir, 'artifact-1g.log');
    section('compress: generating a 1 GiB semi-compressible artifact');
    if (!ensureLogFile(artifact, GiB)) log(`builds: reusing ${artifact}`);
    // And binaries: the test base image's root filesystem tar (what a docker export_path or a disk image holds).
    const rootfs = '/var/cache/kiln-test/bookworm-minbase.tar';
    const rootfsSize = statSync(rootfs, { throwIfNoEntry: false })?.size;
    const rootfsLabel = rootfsSize === undefined ? '' : `${mib(rootfsSize).toFixed(0)} MiB Debian rootfs tar`;
    for (const [input, label, ext, packerOk, packerNote] of [
      [artifact, '1 GiB artifact', 'tar.gz', hasPacker, ''],
      [artifact, '1 GiB artifact', 'tar.lz4', hasPacker, ''],
      [artifact, '1 GiB artifact', 'tar.zst', false, 'packer 1.6.6 has no zstd (it writes gzip for .zst)'],
      ...(rootfsSize === undefined ? [] : [[rootfs, rootfsLabel, 'tar.gz', hasPacker, '']]),
    ]) {
      section(`compress ${label} → .${ext}, ${runs.compress} runs each`);
      const sizes = {};
      const output = (tool) => join('out', `artifact-${tool}.${ext}`);
      const r = await measure(tools('compress.pkr.hcl', (tool) => [`-var=input=${input}`, `-var=output=${output(tool)}`], packerOk), runs.compress, {
        before: (tool) => rmSync(join(work, output(tool)), { force: true }),
        after: (tool) => {
          sizes[tool] = statSync(join(work, output(tool))).size;
          rmSync(join(work, output(tool)), { force: true });
        },
      });
      const note = packerOk ? '' : packerNote || 'packer is not on PATH';
      row(`compress ${label} → .${ext}: time (median of ${runs.compress})`, r, 's', (x) => seconds(x.median), note);
      row(`compress ${label} → .${ext}: output size`, r, 'MiB', (_x, tool) => mib(sizes[tool]), note);
    }
  } catch (e) {
    log(`builds: failed: ${e.stack ?? e}`);
    summary.errors.push({ error: String(e.message ?? e) });
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  summary.seconds = Math.round((Date.now() - sinceStart) / 1000);
  return summary;
}
