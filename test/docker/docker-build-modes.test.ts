// `kiln build` with the docker builder against a real Engine API: directory transfers, -on-error modes, parallel builds, masking and build selection.
import { chmodSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { createTestIO } from '../../src/cli/test-io.js';
import type { DockerClient } from '../../src/docker/index.js';
import { kiln, tempDir, type TempDir } from '../build/support.js';
import {
  baseImage,
  client,
  containerIdsIn,
  dockerSuiteEnabled,
  execInImage,
  existingContainers,
  imageIdsIn,
  removeContainers,
  removeImages,
  signal,
  uniqueRepo,
} from './support.js';

const enabled = dockerSuiteEnabled();

/** Runs `kiln ARGS` in-process with `stdin` as a terminal's input, for -on-error=ask. */
async function kilnAnswering(cwd: string, args: readonly string[], stdin: string): Promise<{ code: number; out: string }> {
  const t = createTestIO({ cwd, stdin, tty: true, env: { ...(process.env as Record<string, string>) } });
  const code = await runCli(args, t.io);
  return { code, out: t.combined() };
}

/** Fails unless every part occurs in `out`, each after the one before. */
function expectInOrder(out: string, ...parts: string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = out.indexOf(part, from);
    expect(at, `${JSON.stringify(part)} after offset ${from} in:\n${out}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

const count = (out: string, part: string): number => out.split(part).length - 1;

/** The exit status line of the shell provisioner, in Packer's words (no space after the full stop, as Packer). */
const exit4 = 'Script exited with non-zero exit status: 4.Allowed exit codes are: [0]';

const askPrompt = '[c] Clean up and exit, [a] abort without cleanup, or [r] retry step (build may fail even if retry succeeds)?';

describe.skipIf(!enabled)('kiln build modes with the docker builder', () => {
  let c: DockerClient;
  let t: TempDir;
  /** Images (names or ids) and containers to remove after each test. */
  let images: string[];
  let containers: string[];
  /** PACKER_TMP_DIR for this test: where the builder's host temp dirs go. */
  let tmp: string;
  const savedTmp = process.env['PACKER_TMP_DIR'];

  beforeAll(() => {
    c = client();
  });
  afterAll(() => c.close());
  beforeEach(() => {
    t = tempDir();
    images = [];
    containers = [];
    tmp = join(t.dir, 'tmp');
    mkdirSync(tmp);
    process.env['PACKER_TMP_DIR'] = tmp;
  });
  afterEach(async () => {
    if (savedTmp === undefined) delete process.env['PACKER_TMP_DIR'];
    else process.env['PACKER_TMP_DIR'] = savedTmp;
    try {
      // Containers first: an aborted build's container still mounts its temp dir.
      await removeContainers(c, containers);
      await removeImages(c, images);
    } finally {
      t.remove();
    }
  });

  /** Builds t.pkr.hcl; every container and image the build printed is removed after the test. */
  const build = async (template: string, args: readonly string[] = [], stdin?: string) => {
    t.write('t.pkr.hcl', template);
    const argv = ['build', '-color=false', ...args, 't.pkr.hcl'];
    const r = stdin === undefined ? await kiln(t.dir, argv) : await kilnAnswering(t.dir, argv, stdin);
    images.push(...imageIdsIn(r.out));
    containers.push(...containerIdsIn(r.out));
    return r;
  };
  /** What a build left behind: its own containers (other suites may build meanwhile) and the temp dirs under PACKER_TMP_DIR. */
  const leftovers = async (out: string) => ({ containers: await existingContainers(c, containerIdsIn(out)), tempDirs: readdirSync(tmp) });
  const dockerSource = (name: string, settings: string): string => `
source "docker" "${name}" {
  image = "${baseImage()}"
  pull  = false
  ${settings}
}
`;

  describe('file provisioner transfers', () => {
    it('uploads a nested directory: "src/" its contents, "src" the directory itself, modes kept, into the committed image', async () => {
      mkdirSync(join(t.dir, 'site/sub/deep'), { recursive: true });
      mkdirSync(join(t.dir, 'site/empty'));
      t.write('site/index.html', '<h1>site</h1>\n');
      t.write('site/sub/deep/page.txt', 'page\n');
      chmodSync(t.write('site/sub/run.sh', '#!/bin/sh\necho ran\n'), 0o755);
      const absolute = join(t.dir, 'site');
      const { code, out } = await build(`
${dockerSource('files', 'commit = true')}
build {
  sources = ["source.docker.files"]
  # As Packer's docs ask, the destinations exist before a directory is uploaded into them.
  provisioner "shell" { inline = ["mkdir -p /srv/contents /srv/itself"] }
  provisioner "file" {
    source      = "${absolute}/"
    destination = "/srv/contents"
  }
  provisioner "file" {
    source      = "${absolute}"
    destination = "/srv/itself"
  }
}
`);
      expect(out).toContain(`==> docker.files: Uploading ${absolute}/ => /srv/contents`);
      expect(out).toContain(`==> docker.files: Uploading ${absolute} => /srv/itself`);
      expect(code).toBe(0);
      const [image] = imageIdsIn(out);
      expect(image).toBeDefined();
      const check = await execInImage(
        c,
        image!,
        'cd /srv && find . | LC_ALL=C sort && cat contents/sub/deep/page.txt itself/site/index.html && stat -c "%a %n" contents/sub/run.sh itself/site/sub/run.sh && ./itself/site/sub/run.sh',
      );
      expect(check).toEqual({
        exitCode: 0,
        out: [
          '.',
          './contents',
          './contents/empty',
          './contents/index.html',
          './contents/sub',
          './contents/sub/deep',
          './contents/sub/deep/page.txt',
          './contents/sub/run.sh',
          './itself',
          './itself/site',
          './itself/site/empty',
          './itself/site/index.html',
          './itself/site/sub',
          './itself/site/sub/deep',
          './itself/site/sub/deep/page.txt',
          './itself/site/sub/run.sh',
          'page',
          '<h1>site</h1>',
          '755 contents/sub/run.sh',
          '755 itself/site/sub/run.sh',
          'ran',
          '',
        ].join('\n'),
      });
      expect(await leftovers(out)).toEqual({ containers: [], tempDirs: [] });
    });

    // Packer 1.6.6's docker communicator answers "DownloadDir is not implemented for docker"; Kiln downloads "dir/" as its contents, mirroring uploads.
    it('downloads a file (renamed, or into a directory) and a directory from the container to the host', async () => {
      const outdir = join(t.dir, 'outdir');
      const { code, out } = await build(`
${dockerSource('dl', 'discard = true')}
build {
  sources = ["source.docker.dl"]
  provisioner "shell" {
    inline = ["mkdir -p /gen/tree/deep /gen/tree/empty", "echo one > /gen/file.txt", "echo two > /gen/tree/a.txt", "echo three > /gen/tree/deep/b.txt"]
  }
  provisioner "file" {
    direction   = "download"
    source      = "/gen/file.txt"
    destination = "out/renamed.txt"
  }
  provisioner "file" {
    direction   = "download"
    source      = "/gen/file.txt"
    destination = "${outdir}/"
  }
  provisioner "file" {
    direction   = "download"
    source      = "/gen/tree/"
    destination = "tree-copy/"
  }
}
`);
      expect(out).toContain('==> docker.dl: Downloading /gen/file.txt => out/renamed.txt');
      expect(out).toContain(`==> docker.dl: Downloading /gen/file.txt => ${outdir}/`);
      expect(out).toContain('==> docker.dl: Downloading /gen/tree/ => tree-copy/');
      expect(code).toBe(0);
      expect(readFileSync(join(t.dir, 'out/renamed.txt'), 'utf8')).toBe('one\n');
      expect(readdirSync(outdir)).toEqual(['file.txt']);
      expect(readFileSync(join(outdir, 'file.txt'), 'utf8')).toBe('one\n');
      const tree = join(t.dir, 'tree-copy');
      expect((readdirSync(tree, { recursive: true }) as string[]).sort()).toEqual(['a.txt', 'deep', 'deep/b.txt', 'empty']);
      expect(readFileSync(join(tree, 'a.txt'), 'utf8')).toBe('two\n');
      expect(readFileSync(join(tree, 'deep/b.txt'), 'utf8')).toBe('three\n');
      expect(await leftovers(out)).toEqual({ containers: [], tempDirs: [] });
    });
  });

  describe('-on-error', () => {
    const failing = (withCleanupProvisioner: boolean): string => `
${dockerSource('failing', 'commit = true')}
build {
  sources = ["source.docker.failing"]
  provisioner "shell" {
    inline = ["echo marker > /marker", "echo try >> /attempts", "echo attempt $(wc -l < /attempts)", "exit 4"]
  }
${withCleanupProvisioner ? '  error-cleanup-provisioner "shell" {\n    inline = ["echo cleanup saw $(cat /marker)"]\n  }\n' : ''}}
`;
    /** The one container a failed build printed, after checking that it is still running with the provisioner's marker. */
    const expectContainerLeftRunning = async (out: string): Promise<string> => {
      const ids = containerIdsIn(out);
      expect(ids).toHaveLength(1);
      const info = await c.containerInspect(ids[0]!, { signal: signal() });
      expect(info.State.Running).toBe(true);
      let marker = '';
      await c.execRun(ids[0]!, { Cmd: ['cat', '/marker'] }, { signal: signal(), onStdout: (s) => (marker += s) });
      expect(marker).toBe('marker\n');
      return ids[0]!;
    };

    it('cleanup (the default): runs the error-cleanup-provisioner in the container, then removes the container and temp dir', async () => {
      const { code, out } = await build(failing(true));
      expect(code).toBe(1);
      expectInOrder(
        out,
        '    docker.failing: attempt 1\n',
        '==> docker.failing: Provisioning step had errors: Running the cleanup provisioner, if present...\n',
        '    docker.failing: cleanup saw marker\n',
        '==> docker.failing: Killing the container: ',
        `Build 'docker.failing' errored after `,
        `--> docker.failing: ${exit4}\n`,
      );
      expect(out).not.toContain('aborting');
      expect(imageIdsIn(out)).toEqual([]);
      expect(await leftovers(out)).toEqual({ containers: [], tempDirs: [] });
    });

    it('abort: skips the error-cleanup-provisioner and every cleanup, leaving the container running and the temp dir', async () => {
      const { code, out } = await build(failing(true), ['-on-error=abort']);
      expect(code).toBe(1);
      expectInOrder(out, `==> docker.failing: ${exit4}\n`, '==> docker.failing: Step "StepProvision" failed, aborting...\n', `--> docker.failing: ${exit4}\n`);
      expect(out).not.toContain('Provisioning step had errors');
      expect(out).not.toContain('cleanup saw');
      expect(out).not.toContain('Killing the container');
      expect(imageIdsIn(out)).toEqual([]);
      const id = await expectContainerLeftRunning(out);
      expect(readdirSync(tmp)).toEqual([expect.stringMatching(/^kiln-docker-/)]);
      // Packer leaves the container to the user: the test removes it and checks that it is gone.
      await removeContainers(c, [id]);
      expect(await existingContainers(c, [id])).toEqual([]);
    });

    // One -on-error state is shared by all the steps of a run, as Packer's: the failed step is named once.
    it('abort: reports the failed step once and names each skipped cleanup, in Packer words', async () => {
      const { code, out } = await build(failing(false), ['-on-error=abort']);
      expect(code).toBe(1);
      expect(out.split('\n').filter((l) => l.includes('aborting...'))).toEqual(['==> docker.failing: Step "StepProvision" failed, aborting...']);
      expectInOrder(
        out,
        '==> docker.failing: Step "StepProvision" failed, aborting...\n',
        '==> docker.failing: aborted: skipping cleanup of step "StepRun"\n',
        '==> docker.failing: aborted: skipping cleanup of step "StepPull"\n',
        '==> docker.failing: aborted: skipping cleanup of step "StepTempDir"\n',
      );
    });

    // Packer's run-cleanup-provisioner is abort plus the error-cleanup-provisioner: the container is not removed.
    it('run-cleanup-provisioner: runs the error-cleanup-provisioner in the container, then aborts without cleanup', async () => {
      const { code, out } = await build(failing(true), ['-on-error=run-cleanup-provisioner']);
      expect(code).toBe(1);
      expectInOrder(
        out,
        '    docker.failing: attempt 1\n',
        '==> docker.failing: Provisioning step had errors: Running the cleanup provisioner, if present...\n',
        '    docker.failing: cleanup saw marker\n',
        `--> docker.failing: ${exit4}\n`,
      );
      // Packer names the first step whose cleanup it skips (its StepConnect; Kiln's StepRun).
      expect(out).toMatch(/^==> docker\.failing: Step "\w+" failed, aborting\.\.\.$/m);
      expect(out).not.toContain('Killing the container');
      const id = await expectContainerLeftRunning(out);
      expect(readdirSync(tmp)).toEqual([expect.stringMatching(/^kiln-docker-/)]);
      await removeContainers(c, [id]);
      expect(await existingContainers(c, [id])).toEqual([]);
    });

    it('ask: "r" retries the provisioning step in the same container, "c" then cleans up', async () => {
      const { code, out } = await build(failing(false), ['-on-error=ask'], 'r\nc\n');
      expect(code).toBe(1);
      expectInOrder(
        out,
        '    docker.failing: attempt 1\n',
        `==> docker.failing: ${exit4}\n`,
        '==> docker.failing: Step "StepProvision" failed\n',
        `==> docker.failing: ${askPrompt} `,
        '    docker.failing: attempt 2\n',
        `==> docker.failing: ${exit4}\n`,
        '==> docker.failing: Step "StepProvision" failed\n',
        `==> docker.failing: ${askPrompt} `,
        '==> docker.failing: Killing the container: ',
        `--> docker.failing: ${exit4}\n`,
      );
      expect(count(out, askPrompt)).toBe(2);
      expect(out).not.toContain('attempt 3');
      expect(out).not.toContain('aborting');
      expect(await leftovers(out)).toEqual({ containers: [], tempDirs: [] });
    });

    // The answer "a" skips every cleanup, as Packer: the container keeps running.
    it('ask: "a" aborts without cleanup, leaving the container running', async () => {
      const { code, out } = await build(failing(false), ['-on-error=ask'], 'a\n');
      expect(code).toBe(1);
      expect(out).not.toContain('Killing the container');
      expectInOrder(
        out,
        `==> docker.failing: ${askPrompt} `,
        'Step "StepProvision" failed, aborting...\n',
        '==> docker.failing: aborted: skipping cleanup of step "StepRun"\n',
      );
      await expectContainerLeftRunning(out);
    });

    // The error-cleanup-provisioner runs in StepProvision's cleanup, as Packer's: after "c" only.
    it('ask: the error-cleanup-provisioner runs after the answer "c", not before the question', async () => {
      const { code, out } = await build(failing(true), ['-on-error=ask'], 'c\n');
      expect(code).toBe(1);
      expectInOrder(
        out,
        `==> docker.failing: ${askPrompt} `,
        '==> docker.failing: Provisioning step had errors: Running the cleanup provisioner, if present...\n',
        '    docker.failing: cleanup saw marker\n',
        '==> docker.failing: Killing the container: ',
      );
      expect(count(out, 'cleanup saw marker')).toBe(1);
      expect(await leftovers(out)).toEqual({ containers: [], tempDirs: [] });
    });
  });

  describe('parallel builds', () => {
    const names = ['one', 'two', 'three'] as const;
    const threeBuilds = (provisioner: string, settings = ''): string => `
${dockerSource('base', `commit = true\n  ${settings}`)}
build {
  name = "par"
  source "source.docker.base" { name = "one" }
  source "source.docker.base" { name = "two" }
  source "source.docker.base" { name = "three" }
  provisioner "shell" {
    inline = ["echo \${source.name} > /who", ${provisioner}]
  }
}
`;
    /** Every line a build printed carries its prefix; only the closing summary is unprefixed. */
    const expectPrefixed = (out: string): void => {
      const b = '(one|two|three)';
      const prefixed = new RegExp(`^((==> |    )par\\.docker\\.${b}: |Build 'par\\.docker\\.${b}' finished after |--> par\\.docker\\.${b}: )`);
      const summary = /^(==> Wait completed after |==> Builds finished\. The artifacts of successful builds are:$)/;
      const unprefixed = out.split('\n').filter((l) => l !== '' && !prefixed.test(l) && !summary.test(l));
      expect(unprefixed).toEqual([]);
    };
    /** Maps each build to the image its artifact names, checking the images are three different ones. */
    const artifactImages = (out: string): Record<string, string> => {
      const byBuild = Object.fromEntries(
        [...out.matchAll(/^--> par\.docker\.(\w+): Imported Docker image: (sha256:[0-9a-f]{64})$/gm)].map((m) => [m[1]!, m[2]!]),
      );
      expect(Object.keys(byBuild).sort()).toEqual([...names].sort());
      expect(new Set(Object.values(byBuild)).size).toBe(3);
      return byBuild;
    };

    it('runs three docker builds at once, each committing its own image, every line prefixed by its build', async () => {
      // Each build waits in its provisioner until all three have arrived: only builds that run at once get past it.
      const meet = join(t.dir, 'meet');
      mkdirSync(meet);
      const { code, out } = await build(
        threeBuilds(
          '"touch /meet/${source.name}", "for i in $(seq 1 200); do [ $(ls /meet | wc -l) -ge 3 ] && break; sleep 0.1; done", "echo met $(ls /meet | wc -l)"',
          `volumes = { "${meet}" = "/meet" }`,
        ),
      );
      for (const n of names) expect(out).toContain(`    par.docker.${n}: met 3\n`);
      expect(code).toBe(0);
      expectPrefixed(out);
      const built = artifactImages(out);
      for (const n of names) {
        expect(out).toContain(`    par.docker.${n}: Image ID: ${built[n]}\n`);
        expect(await execInImage(c, built[n]!, 'cat /who')).toEqual({ exitCode: 0, out: `${n}\n` });
      }
      expect(containerIdsIn(out)).toHaveLength(3);
      expect(await leftovers(out)).toEqual({ containers: [], tempDirs: [] });
    });

    it('-parallel-builds=1 runs them one after another', async () => {
      const { code, out } = await build(threeBuilds('"echo I am ${source.name}"'), ['-parallel-builds=1']);
      expect(code).toBe(0);
      expectInOrder(
        out,
        ...names.flatMap((n) => [
          `==> par.docker.${n}: Creating a temporary directory for sharing data...\n`,
          `    par.docker.${n}: I am ${n}\n`,
          `==> par.docker.${n}: Committing the container\n`,
          `Build 'par.docker.${n}' finished after `,
        ]),
      );
      expectPrefixed(out);
      const built = artifactImages(out);
      for (const n of names) expect((await c.imageInspect(built[n]!, { signal: signal() })).Id).toBe(built[n]);
      expect(await leftovers(out)).toEqual({ containers: [], tempDirs: [] });
    });
  });

  describe('sensitive variables', () => {
    it('never prints a sensitive value: echoed, in environment_vars, quoted, on stderr, in an error, or machine-readable', async () => {
      const tag = Math.random().toString(16).slice(2, 10);
      const token = `kilnT0ken${tag}`;
      // Commas, quotes, an apostrophe and a dollar: shell-escaped in environment_vars, comma-escaped in machine-readable output.
      const password = `pa,ss "w0rd" 'x' $y-${tag}`;
      const template = `
variable "token" {
  type      = string
  default   = "${token}"
  sensitive = true
}
variable "password" {
  type      = string
  default   = ${JSON.stringify(password)}
  sensitive = true
}
${dockerSource('mask', 'discard = true')}
build {
  sources = ["source.docker.mask"]
  provisioner "shell" {
    environment_vars = ["TOKEN=\${var.token}", "QUOTED=it's \\"\${var.token}\\"", "PASSWORD=\${var.password}"]
    inline = [
      "echo direct \${var.token}",
      "echo env $TOKEN",
      "echo quoted $QUOTED",
      "echo \\"password $PASSWORD\\"",
      "echo stderr \${var.token} >&2",
    ]
  }
  provisioner "file" {
    direction   = "download"
    source      = "/missing/\${var.token}"
    destination = "out/"
  }
}
`;
      const human = await build(template);
      expect(human.code).toBe(1);
      for (const line of [
        '    docker.mask: direct <sensitive>\n',
        '    docker.mask: env <sensitive>\n',
        `    docker.mask: quoted it's "<sensitive>"\n`,
        '    docker.mask: password <sensitive>\n',
        '==> docker.mask: stderr <sensitive>\n',
        '==> docker.mask: Downloading /missing/<sensitive> => out/\n',
        '--> docker.mask: Error downloading /missing/<sensitive>: ',
      ]) {
        expect(human.out).toContain(line);
      }
      expect(human.out).not.toContain(token);
      expect(human.out).not.toContain(password);

      const machine = await build(template, ['-machine-readable']);
      expect(machine.code).toBe(1);
      expect(machine.out).toContain('docker.mask: password <sensitive>');
      expect(machine.out).toContain('docker.mask: direct <sensitive>');
      expect(machine.out).not.toContain(token);
      expect(machine.out).not.toContain(password);
      expect(machine.out).not.toContain(password.replaceAll(',', '%!(PACKER_COMMA)'));
      expect(machine.out).not.toContain('w0rd');
      for (const out of [human.out, machine.out]) expect(await leftovers(out)).toEqual({ containers: [], tempDirs: [] });
    });

    // Diagnostics are masked even when no plan is made, as Packer 1.6.6 ("Bad source '/nonexistent/<sensitive>'").
    it('masks a sensitive value in a configuration error', async () => {
      const token = `kilnT0ken${Math.random().toString(16).slice(2, 10)}`;
      const { code, out } = await build(`
variable "token" {
  type      = string
  default   = "${token}"
  sensitive = true
}
${dockerSource('badsrc', 'discard = true')}
build {
  sources = ["source.docker.badsrc"]
  provisioner "file" {
    source      = "/nonexistent/\${var.token}"
    destination = "/tmp/x"
  }
}
`);
      expect(code).toBe(1);
      expect(out).toContain("Bad source '/nonexistent/<sensitive>'");
      expect(out).not.toContain(token);
    });
  });

  describe('-only and -except', () => {
    it('pick docker builds by name or glob, and -except skips a named post-processor', async () => {
      const repo = uniqueRepo('pick');
      images.push(`${repo}:latest`);
      const template = `
${dockerSource('sel', 'commit = true')}
build {
  name = "pick"
  source "source.docker.sel" { name = "one" }
  source "source.docker.sel" { name = "two" }
  provisioner "shell" { inline = ["echo built \${source.name}"] }
  post-processor "docker-tag" {
    name       = "tagit"
    repository = "${repo}"
    tags       = ["latest"]
  }
}
`;
      const only = await build(template, ['-only=*.two']);
      expect(only.code).toBe(0);
      expect(only.out).toContain('    pick.docker.two: built two\n');
      expect(only.out).toContain(`    pick.docker.two (docker-tag): Repository: ${repo}:latest\n`);
      expect(only.out).not.toContain('pick.docker.one');
      const [twoImage] = imageIdsIn(only.out);
      expect((await c.imageInspect(`${repo}:latest`, { signal: signal() })).Id).toBe(twoImage);

      const except = await build(template, ['-except=pick.docker.two,tagit']);
      expect(except.code).toBe(0);
      expect(except.out).toContain('    pick.docker.one: built one\n');
      expect(except.out).not.toContain('pick.docker.two');
      expect(except.out).not.toContain('docker-tag');
      const [oneImage] = imageIdsIn(except.out);
      expect(except.out).toContain(`--> pick.docker.one: Imported Docker image: ${oneImage}\n`);
      // Not tagged: the tag still names the first run's image.
      expect((await c.imageInspect(`${repo}:latest`, { signal: signal() })).Id).toBe(twoImage);
      for (const out of [only.out, except.out]) expect(await leftovers(out)).toEqual({ containers: [], tempDirs: [] });
    });
  });
});
