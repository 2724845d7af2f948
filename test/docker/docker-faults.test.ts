// Fault injection against a real Engine API: each docker-builder step fails in turn, and separately SIGINT lands
// during each step; every run must exit non-zero with a clear message and leave no container, image, temp dir,
// exported file or process behind.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DockerClient } from '../../src/docker/index.js';
import { bundleCli, kiln, tempDir, type TempDir } from '../build/support.js';
import { baseImage, client, containersOfImage, dockerSuiteEnabled, imagesWithLabel, removeImages, signal } from './support.js';

const enabled = dockerSuiteEnabled();

describe.skipIf(!enabled)('docker builder fault injection', () => {
  let c: DockerClient;
  let t: TempDir;
  let cli: string;
  let bundle: TempDir;
  /** This file's own tag of the base image: the containers built from it are this file's, whatever runs beside it. */
  const base = `localhost/kiln-e2e-faults-base:${randomBytes(4).toString('hex')}`;
  /** Every image the builds here commit carries this label, so one that leaked can be found. */
  const label = `kiln.e2e.faults=${randomBytes(6).toString('hex')}`;
  const savedTmp = process.env['PACKER_TMP_DIR'];

  beforeAll(async () => {
    c = client();
    await c.imageTag(baseImage(), base, { signal: signal() });
    bundle = tempDir();
    cli = await bundleCli(bundle.dir);
  });
  afterAll(async () => {
    try {
      await removeImages(c, [base, ...(await imagesWithLabel(c, label))]);
    } finally {
      c.close();
      bundle.remove();
    }
  });
  beforeEach(() => {
    t = tempDir();
    mkdirSync(join(t.dir, 'tmp'));
    process.env['PACKER_TMP_DIR'] = join(t.dir, 'tmp');
  });
  afterEach(async () => {
    if (savedTmp === undefined) delete process.env['PACKER_TMP_DIR'];
    else process.env['PACKER_TMP_DIR'] = savedTmp;
    try {
      // Tidy up after a failed assertion, so one failure does not cascade into the next test.
      for (const id of await containersOfImage(c, base)) await c.containerRemove(id, { signal: signal(), force: true });
      await removeImages(c, await imagesWithLabel(c, label));
    } finally {
      t.remove();
    }
  });

  /** A template committing (or exporting) `base`, with one source option and provisioner varied per case. */
  const template = (o: { image?: string; pull?: boolean; extra?: string; artifact?: string; provision?: string } = {}) => `
source "docker" "f" {
  image   = "${o.image ?? base}"
  pull    = ${o.pull ?? false}
  ${o.artifact ?? 'commit = true'}
  changes = ["LABEL ${label}"${o.extra ?? ''}]
}
build {
  sources = ["source.docker.f"]
  provisioner "shell" { inline = [${JSON.stringify(o.provision ?? 'echo provisioned')}] }
}
`;

  /** What a build left behind: containers from this file's base tag, labelled images, host temp dirs, the export. */
  const leftovers = async () => ({
    containers: await containersOfImage(c, base),
    images: await imagesWithLabel(c, label),
    tempDirs: existsSync(join(t.dir, 'tmp')) ? readdirSync(join(t.dir, 'tmp')) : [],
    exported: existsSync(join(t.dir, 'out/image.tar')),
  });
  const clean = { containers: [], images: [], tempDirs: [], exported: false };

  describe('each step fails in turn', () => {
    const cases: { step: string; message: RegExp; template: () => string; setup?: () => void }[] = [
      {
        step: 'StepTempDir',
        message: /Error making temp dir: (mkdir|mkdtemp) .*: (file exists|not a directory)/,
        template: () => template(),
        setup: () => {
          // PACKER_TMP_DIR is a regular file: the shared temp dir cannot be made.
          writeFileSync(join(t.dir, 'not-a-dir'), '');
          process.env['PACKER_TMP_DIR'] = join(t.dir, 'not-a-dir');
        },
      },
      {
        step: 'StepPull',
        message: /Error pulling Docker image: /,
        template: () => template({ image: `localhost/kiln-e2e-absent-${randomBytes(3).toString('hex')}:nope`, pull: true }),
      },
      {
        step: 'StepRun',
        message: /Error running container: .*kiln-no-such-device/,
        template: () => template({ artifact: 'commit = true\n  device = ["/dev/kiln-no-such-device"]' }),
      },
      {
        step: 'StepProvision',
        message: /Script exited with non-zero exit status: 3/,
        template: () => template({ provision: 'exit 3' }),
      },
      {
        step: 'StepCommit',
        message: /Error committing container: .*EXPOSE/,
        template: () => template({ extra: ', "EXPOSE not-a-port"' }),
      },
      {
        step: 'StepExport',
        message: /Error creating output directory: /,
        template: () => template({ artifact: 'export_path = "blocker/out/image.tar"' }),
        setup: () => writeFileSync(join(t.dir, 'blocker'), 'a file where a directory should be'),
      },
    ];
    for (const k of cases) {
      it(`${k.step} fails: the build errors clearly and leaves nothing behind`, async () => {
        k.setup?.();
        t.write('t.pkr.hcl', k.template());
        const { code, out } = await kiln(t.dir, ['build', '-color=false', 't.pkr.hcl']);
        expect(code).toBe(1);
        expect(out).toMatch(k.message);
        expect(out).toContain("Build 'docker.f' errored after");
        expect(out).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
        expect(await leftovers()).toEqual(clean);
      });
    }
  });

  describe('SIGINT during each step', () => {
    let registry: Server;
    const held: Socket[] = [];
    beforeAll(async () => {
      // A "registry" that accepts connections and never answers: a pull from it hangs until cancelled.
      registry = createServer((s) => held.push(s));
      await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      for (const s of held) s.destroy();
      await new Promise((resolve) => registry.close(resolve));
    });

    /** Runs the bundled CLI, sends SIGINT once `trigger` is printed (plus `delayMs`), and waits for the exit. */
    const interrupt = async (tpl: string, trigger: string, delayMs = 0) => {
      t.write('t.pkr.hcl', tpl);
      const child = spawn(process.execPath, [cli, 'build', '-color=false', 't.pkr.hcl'], {
        cwd: t.dir,
        env: { ...process.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let sent = false;
      const onData = (d: Buffer) => {
        out += d.toString();
        if (!sent && out.includes(trigger)) {
          sent = true;
          setTimeout(() => child.kill('SIGINT'), delayMs);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      const guard = setTimeout(() => child.kill('SIGKILL'), 50_000);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
      clearTimeout(guard);
      return { code, out, sent, pid: child.pid };
    };

    const port = () => (registry.address() as { port: number }).port;
    const bigLayer = 'head -c 104857600 /dev/urandom > /big.bin';
    const cases: { step: string; trigger: string; delayMs?: number; settleMs?: number; template: () => string }[] = [
      { step: 'StepPull', trigger: 'Pulling Docker image', delayMs: 300, template: () => template({ image: `127.0.0.1:${port()}/kiln/hang:1`, pull: true }) },
      // Three times: an interrupted create used to leave podman a container its store does not know.
      ...[1, 2, 3].map((n) => ({ step: `StepRun (${n})`, trigger: 'Starting docker container...', settleMs: 1500, template: () => template() })),
      { step: 'StepProvision', trigger: 'Provisioning with shell script', delayMs: 300, template: () => template({ provision: 'sleep 300' }) },
      // 100 MiB of new content makes the commit and the export last long enough (seconds) for the signal to land in them.
      { step: 'StepCommit', trigger: 'Committing the container', delayMs: 100, template: () => template({ provision: bigLayer }) },
      {
        step: 'StepExport',
        trigger: 'Exporting the container',
        delayMs: 100,
        template: () => template({ artifact: 'export_path = "out/image.tar"', provision: bigLayer }),
      },
    ];
    it('a closed output pipe (kiln build | head) cancels the build and cleans up', async () => {
      t.write('t.pkr.hcl', template({ provision: 'while true; do echo tick; sleep 0.1; done' }));
      const child = spawn(process.execPath, [cli, 'build', '-color=false', 't.pkr.hcl'], { cwd: t.dir, env: { ...process.env }, stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        // The reader goes away after the first tick, as `head` does.
        if (out.includes('tick')) child.stdout.destroy();
      });
      const guard = setTimeout(() => child.kill('SIGKILL'), 50_000);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
      clearTimeout(guard);
      expect(out).toContain('tick');
      expect(code).toBe(1);
      expect(await leftovers()).toEqual(clean);
    });

    for (const k of cases) {
      it(`SIGINT during ${k.step} cancels, cleans up and exits 1`, async () => {
        const { code, out, sent, pid } = await interrupt(k.template(), k.trigger, k.delayMs);
        expect(sent, out).toBe(true);
        expect(out).toContain('Cancelling build after receiving interrupt');
        expect(out).toContain('Cleanly cancelled builds after being interrupted.');
        expect(code).toBe(1);
        expect(out).not.toContain('Builds finished. The artifacts');
        // Give the engine time to finish anything the interrupted request had started.
        if (k.settleMs !== undefined) await new Promise((resolve) => setTimeout(resolve, k.settleMs));
        expect(await leftovers()).toEqual(clean);
        // The CLI process is gone (no orphan left holding the build's resources).
        expect(existsSync(`/proc/${pid}`)).toBe(false);
      });
    }
  });
});
