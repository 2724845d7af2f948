// `kiln build` end to end with the docker builder and post-processors against a real Engine API (podman in CI).
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DockerClient } from '../../src/docker/index.js';
import { kiln, tempDir, type TempDir } from '../build/support.js';
import { baseImage, client, containersOfImage, dockerSuiteEnabled, imageIdsIn, removeImages, runImage, signal, uniqueRepo } from './support.js';

const enabled = dockerSuiteEnabled();

describe.skipIf(!enabled)('kiln build with the docker builder', () => {
  let c: DockerClient;
  let t: TempDir;
  /** Images (names or ids) and files to remove after each test. */
  let images: string[];
  const savedTmp = process.env['PACKER_TMP_DIR'];

  /** This file's own tag of the base image: the containers built from it are this file's, whatever runs beside it. */
  const base = `${uniqueRepo('build-base')}:base`;

  beforeAll(async () => {
    c = client();
    await c.imageTag(baseImage(), base, { signal: signal() });
  });
  afterAll(async () => {
    try {
      await removeImages(c, [base]);
    } finally {
      c.close();
    }
  });
  beforeEach(() => {
    t = tempDir();
    images = [];
    mkdirSync(join(t.dir, 'tmp'));
    // The builder's host temp dirs go here, so a test can assert none is left behind.
    process.env['PACKER_TMP_DIR'] = join(t.dir, 'tmp');
  });
  afterEach(async () => {
    if (savedTmp === undefined) delete process.env['PACKER_TMP_DIR'];
    else process.env['PACKER_TMP_DIR'] = savedTmp;
    try {
      await removeImages(c, images);
    } finally {
      t.remove();
    }
  });

  const build = async (template: string, args: readonly string[] = []) => {
    t.write('t.pkr.hcl', template);
    const r = await kiln(t.dir, ['build', '-color=false', ...args, 't.pkr.hcl']);
    images.push(...imageIdsIn(r.out));
    return r;
  };
  const leftovers = async () => ({ containers: await containersOfImage(c, base), tempDirs: readdirSync(join(t.dir, 'tmp')) });

  it('builds with shell and file provisioners, keeps the changes and the base entrypoint, and tags', async () => {
    const repo = uniqueRepo('web');
    images.push(`${repo}:1.0`, `${repo}:latest`);
    mkdirSync(join(t.dir, 'site/sub'), { recursive: true });
    t.write('site/index.html', '<h1>hi</h1>\n');
    t.write('site/sub/page.txt', 'page\n');
    const { code, out } = await build(`
source "docker" "web" {
  image  = "${base}"
  commit = true
  changes = [
    "ENV GREETING=hi",
    "LABEL org.example.kind=test",
    "EXPOSE 8080",
    "WORKDIR /opt/app",
    "CMD [\\"/bin/sh\\", \\"-c\\", \\"test \\\\\\"$(cat hello.txt)\\\\\\" = hello && test \\\\\\"$GREETING\\\\\\" = hi && test -f /srv/site/sub/page.txt && exit 7\\"]",
  ]
}
build {
  sources = ["source.docker.web"]
  provisioner "shell" {
    inline = ["mkdir -p /opt/app /srv", "echo provisioned in $(cat /etc/debian_version)"]
  }
  provisioner "file" {
    content     = "hello"
    destination = "/opt/app/hello.txt"
  }
  provisioner "file" {
    source      = "${join(t.dir, 'site')}"
    destination = "/srv"
  }
  post-processor "docker-tag" {
    repository = "${repo}"
    tags       = ["1.0", "latest"]
  }
}
`);
    expect(out).toContain('==> docker.web: Creating a temporary directory for sharing data...');
    expect(out).toContain('==> docker.web: Starting docker container...');
    expect(out).toMatch(/docker\.web: provisioned in 12\./);
    expect(out).toContain('==> docker.web: Committing the container');
    expect(out).toContain(`docker.web (docker-tag): Repository: ${repo}:latest`);
    expect(out).toContain(`--> docker.web: Imported Docker image: ${repo}:latest with tags ${repo}:1.0 ${repo}:latest`);
    expect(code).toBe(0);

    const info = await c.imageInspect(`${repo}:1.0`, { signal: signal() });
    expect(info.Config?.Env).toContain('GREETING=hi');
    expect(info.Config?.Labels).toMatchObject({ 'org.example.kind': 'test' });
    expect(Object.keys(info.Config?.ExposedPorts ?? {})).toContain('8080/tcp');
    expect(info.Config?.WorkingDir).toBe('/opt/app');
    // The base image has no entrypoint: the build container's /bin/sh must not leak into the image.
    expect(info.Config?.Entrypoint ?? []).toEqual([]);
    expect(info.Config?.Cmd?.[0]).toBe('/bin/sh');
    // The CMD runs as written: it checks the uploaded file, the env and the directory upload, then exits 7.
    expect(await runImage(c, `${repo}:1.0`)).toBe(7);
    expect(await leftovers()).toEqual({ containers: [], tempDirs: [] });
  });

  it('restores the base image command when changes do not set one', async () => {
    const { code, out } = await build(`
source "docker" "plain" {
  image  = "${base}"
  pull   = false
  commit = true
}
build {
  sources = ["source.docker.plain"]
  provisioner "shell" { inline = ["echo id=\${build.ID} conn=\${build.ConnType} http=\${build.PackerHTTPAddr}"] }
  post-processor "shell-local" { inline = ["echo image=\${build.ImageSha256} id=\${build.ID}"] }
}
`);
    expect(code).toBe(0);
    // Build data as Packer's docker builder hands it to provisioners: the container, the docker connection.
    const container = /Container ID: ([0-9a-f]{64})/.exec(out)?.[1];
    expect(out).toContain(`    docker.plain: id=${container} conn=docker http=ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER\n`);
    const [id] = imageIdsIn(out);
    expect(id).toBeDefined();
    // Post-processors also see the artifact's generated data, as in Packer.
    expect(out).toContain(`    docker.plain (shell-local): image=${id} id=${container}\n`);
    const baseInfo = await c.imageInspect(base, { signal: signal() });
    const info = await c.imageInspect(id!, { signal: signal() });
    expect(info.Config?.Entrypoint ?? []).toEqual(baseInfo.Config?.Entrypoint ?? []);
    expect(info.Config?.Cmd ?? []).toEqual(baseInfo.Config?.Cmd ?? []);
    expect(out).toContain(`--> docker.plain: Imported Docker image: ${id}`);
  });

  it('a failing provisioner fails the build and leaves no container, image or temp dir', async () => {
    const { code, out } = await build(`
source "docker" "bad" {
  image  = "${base}"
  pull   = false
  commit = true
}
build {
  sources = ["source.docker.bad"]
  provisioner "shell" { inline = ["echo about to fail", "exit 3"] }
}
`);
    expect(code).not.toBe(0);
    expect(out).toContain('about to fail');
    expect(out).toMatch(/Script exited with non-zero exit status: 3/);
    expect(out).toMatch(/==> docker\.bad: Killing the container: [0-9a-f]{64}/);
    expect(imageIdsIn(out)).toEqual([]);
    expect(await leftovers()).toEqual({ containers: [], tempDirs: [] });
  });

  it('a missing image with pull disabled is a clear error', async () => {
    const { code, out } = await build(`
source "docker" "missing" {
  image  = "localhost/kiln-e2e-does-not-exist:nope"
  pull   = false
  discard = true
}
build { sources = ["source.docker.missing"] }
`);
    expect(code).not.toBe(0);
    expect(out).toContain('Error pulling Docker image: image localhost/kiln-e2e-does-not-exist:nope is not present locally');
    expect(await leftovers()).toEqual({ containers: [], tempDirs: [] });
  });

  it('exports the container to a tar, imports it with docker-import and saves it with docker-save', async () => {
    const repo = uniqueRepo('imported');
    images.push(`${repo}:v1`);
    const { code, out } = await build(`
source "docker" "exp" {
  image       = "${base}"
  pull        = false
  export_path = "out/image.tar"
}
build {
  sources = ["source.docker.exp"]
  provisioner "shell" { inline = ["echo exported > /exported.txt"] }
  post-processors {
    post-processor "docker-import" {
      repository = "${repo}"
      tag        = "v1"
      changes    = ["CMD [\\"/bin/sh\\", \\"-c\\", \\"test \\\\\\"$(cat /exported.txt)\\\\\\" = exported && exit 5\\"]"]
    }
    post-processor "docker-save" {
      path = "saved.tar"
    }
  }
}
`);
    expect(out).toContain('==> docker.exp: Exporting the container');
    expect(out).toContain(`docker.exp (docker-import): Repository: ${repo}:v1`);
    expect(out).toContain('docker.exp (docker-save): Saved to: saved.tar');
    expect(code).toBe(0);
    // docker-import does not keep its input: the exported tar is gone, the saved one is there.
    expect(existsSync(join(t.dir, 'out/image.tar'))).toBe(false);
    expect(statSync(join(t.dir, 'saved.tar')).size).toBeGreaterThan(1_000_000);
    expect(await runImage(c, `${repo}:v1`)).toBe(5);
    expect(await leftovers()).toEqual({ containers: [], tempDirs: [] });
  });
  it.skipIf((process.env['KILN_TEST_REGISTRY'] ?? '') === '' && process.env['CI'] !== 'true')('pushes the tagged image to the registry with docker-push', async () => {
    const registry = process.env['KILN_TEST_REGISTRY']!;
    const name = `kiln-e2e-push-${Math.random().toString(16).slice(2, 10)}`;
    const repo = `${registry}/${name}`;
    images.push(`${repo}:v1`);
    const { code, out } = await build(`
source "docker" "push" {
  image  = "${base}"
  pull   = false
  commit = true
}
build {
  sources = ["source.docker.push"]
  post-processors {
    post-processor "docker-tag" {
      repository = "${repo}"
      tags       = ["v1"]
    }
    post-processor "docker-push" {}
  }
}
`);
    expect(out).toContain(`docker.push (docker-push): Pushing: ${repo}:v1`);
    expect(code).toBe(0);
    const res = await fetch(`http://${registry}/v2/${name}/tags/list`);
    expect(await res.json()).toEqual({ name, tags: ['v1'] });
    expect(await leftovers()).toEqual({ containers: [], tempDirs: [] });
  });
});
