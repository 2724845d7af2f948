// The Engine API client and the docker communicator against a real daemon (podman's service in CI).
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import * as tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDockerCommunicator } from '../../src/communicator/docker/index.js';
import { drained } from '../../src/communicator/docker/tar-extract.js';
import type { Communicator } from '../../src/communicator/communicator.js';
import { DockerApiError } from '../../src/docker/index.js';
import { trackedTempDir } from '../support/temp-dirs.js';
import { DockerTestResources, baseImage, runDockerSuites, uniqueSuffix } from './support.js';

const timeout = (): AbortSignal => AbortSignal.timeout(120_000);

/** Runs a command through the communicator and collects its output. */
async function run(comm: Communicator, command: string, user?: string): Promise<{ out: string; err: string; exitCode: number }> {
  let out = '';
  let err = '';
  const { exitCode } = await comm.exec(command, {
    signal: timeout(),
    onStdout: (s) => (out += s),
    onStderr: (s) => (err += s),
    ...(user ? { user } : {}),
  });
  return { out, err, exitCode };
}

/** The entry names of a tar stream. */
async function entryNames(archive: Readable): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const c of archive as AsyncIterable<Buffer>) chunks.push(c);
  const extract = tar.extract();
  const names: string[] = [];
  extract.end(Buffer.concat(chunks));
  for await (const entry of extract) {
    names.push(entry.header.name);
    entry.resume();
  }
  return names;
}

describe.runIf(runDockerSuites)('Docker Engine API (integration)', () => {
  let res: DockerTestResources;
  let containerId: string;
  let comm: Communicator;

  beforeAll(async () => {
    res = new DockerTestResources();
    expect(await res.client.ping({ signal: timeout() })).toBe('OK');
    containerId = await res.startIdleContainer(timeout());
    comm = createDockerCommunicator({ client: res.client, containerId });
  });
  afterAll(async () => {
    await res?.cleanup();
  });

  it('reports the version and inspects images, with typed 404s', async () => {
    const v = await res.client.version({ signal: timeout() });
    expect(v.ApiVersion).toMatch(/^1\.\d+$/);
    const img = await res.client.imageInspect(baseImage, { signal: timeout() });
    expect(img.Id).toBeTruthy();
    const missing = await res.client.imageInspect('localhost/kiln-test/does-not-exist:never', { signal: timeout() }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(DockerApiError);
    expect((missing as DockerApiError).status).toBe(404);
    expect((missing as DockerApiError).daemonMessage).not.toBe('');
  });

  it('execs with separate stdout and stderr, the exit code, env and user', async () => {
    const r = await run(comm, 'echo out-line; echo err-line >&2; exit 3');
    expect(r).toEqual({ out: 'out-line\n', err: 'err-line\n', exitCode: 3 });
    const env = await comm.exec('printf "%s" "$GREETING"', { signal: timeout(), env: { GREETING: 'hi there' }, onStdout: (s) => expect(s).toBe('hi there') });
    expect(env.exitCode).toBe(0);
    expect((await run(comm, 'id -un', 'nobody')).out).toBe('nobody\n');
    const big = await run(comm, 'head -c 3000000 /dev/zero | tr "\\0" a');
    expect(big.out.length).toBe(3_000_000);
  });

  it('aborts a running exec', async () => {
    const ac = new AbortController();
    const started = Date.now();
    setTimeout(() => ac.abort(new Error('stop now')), 300);
    await expect(comm.exec('sleep 20', { signal: ac.signal })).rejects.toThrow(/stop now/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('uploads a 100 MiB file as a stream, with its mode', async () => {
    const size = 100 * 1024 * 1024;
    const block = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < block.length; i++) block[i] = (i * 31) & 0xff;
    const hash = createHash('sha256');
    for (let i = 0; i < size / block.length; i++) hash.update(block);
    const blocks = function* (): Generator<Buffer> {
      for (let i = 0; i < size / block.length; i++) yield block;
    };
    const started = performance.now();
    await comm.upload('/tmp/upload/big.bin', Readable.from(blocks()), { signal: timeout(), size, mode: 0o640 });
    const seconds = (performance.now() - started) / 1000;
    console.log(`docker communicator upload: 100 MiB in ${seconds.toFixed(2)} s = ${(100 / seconds).toFixed(0)} MiB/s`);
    const r = await run(comm, 'stat -c "%s %a" /tmp/upload/big.bin && sha256sum /tmp/upload/big.bin');
    expect(r.out).toBe(`${size} 640\n${hash.digest('hex')}  /tmp/upload/big.bin\n`);
  });

  it('reports the daemon error for an archive sent to a missing container, and aborts an upload', async () => {
    const body = Readable.from((function* () {
      for (let i = 0; i < 20; i++) yield Buffer.alloc(1024 * 1024);
    })());
    const err = await res.client.putArchive('kiln-d2-no-such-container', '/tmp', body, { signal: timeout() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DockerApiError);
    expect((err as DockerApiError).status).toBe(404);

    const ac = new AbortController();
    const endless = new Readable({ read() { setTimeout(() => this.push(Buffer.alloc(64 * 1024)), 1); } });
    setTimeout(() => ac.abort(new Error('upload cancelled')), 200);
    await expect(comm.upload('/tmp/aborted.bin', endless, { signal: ac.signal, size: 1024 * 1024 * 1024 })).rejects.toThrow(/upload cancelled/);
    // The daemon may leave a truncated file behind (it extracts as it receives); it must not be complete.
    expect((await run(comm, 'stat -c %s /tmp/aborted.bin 2>/dev/null || echo 0')).out).not.toBe(`${1024 * 1024 * 1024}\n`);
  });

  it('refuses to upload a file onto a directory, which would replace the directory', async () => {
    await run(comm, 'mkdir -p /etc/keepme && echo important > /etc/keepme/keep.conf');
    await expect(comm.upload('/etc/keepme', Readable.from([Buffer.from('x')]), { signal: timeout(), size: 1 })).rejects.toThrow(
      '/etc/keepme is a directory in the container; to upload into it, end the destination with a slash: "/etc/keepme/"',
    );
    expect((await run(comm, 'cat /etc/keepme/keep.conf')).out).toBe('important\n');
  });

  it('uploads an unsized stream by spooling it', async () => {
    await comm.upload('/tmp/spool/a/b/c.txt', Readable.from([Buffer.from('spooled '), Buffer.from('content')]), { signal: timeout() });
    expect((await run(comm, 'cat /tmp/spool/a/b/c.txt')).out).toBe('spooled content');
  });

  it('uploads directories with trailing-slash semantics, nested dirs, modes and excludes', async () => {
    const src = join(trackedTempDir('kiln-d2-updir-'), 'site');
    mkdirSync(join(src, 'conf/deep'), { recursive: true });
    writeFileSync(join(src, 'index.html'), '<h1>hi</h1>');
    writeFileSync(join(src, 'conf/run.sh'), '#!/bin/sh\necho ran\n');
    chmodSync(join(src, 'conf/run.sh'), 0o755);
    writeFileSync(join(src, 'conf/deep/secret.txt'), 'secret');
    chmodSync(join(src, 'conf/deep/secret.txt'), 0o600);
    writeFileSync(join(src, 'conf/debug.log'), 'noise');
    chmodSync(join(src, 'conf/deep'), 0o700);

    // docker cp's rule: "site" into an existing directory lands in it as a/site; "site" to a missing path becomes it.
    await run(comm, 'mkdir -p /srv/a');
    await comm.uploadDir('/srv/a', src, { signal: timeout() });
    await comm.uploadDir('/srv/c', src, { signal: timeout() });
    await comm.uploadDir('/srv/b', `${src}/`, { signal: timeout(), exclude: ['*.log'] });
    await expect(comm.uploadDir('/srv/a/site/index.html', src, { signal: timeout() })).rejects.toThrow('cannot copy a directory to a file');
    const r = await run(comm, 'cd /srv && find a b c -exec stat -c "%a %n" {} + | sort -k2');
    expect(r.out).toBe(
      [
        '755 a',
        '755 a/site',
        '755 a/site/conf',
        '644 a/site/conf/debug.log',
        '700 a/site/conf/deep',
        '600 a/site/conf/deep/secret.txt',
        '755 a/site/conf/run.sh',
        '644 a/site/index.html',
        '755 b',
        '755 b/conf',
        '700 b/conf/deep',
        '600 b/conf/deep/secret.txt',
        '755 b/conf/run.sh',
        '644 b/index.html',
        '755 c',
        '755 c/conf',
        '644 c/conf/debug.log',
        '700 c/conf/deep',
        '600 c/conf/deep/secret.txt',
        '755 c/conf/run.sh',
        '644 c/index.html',
        '',
      ].join('\n'),
    );
    expect((await run(comm, '/srv/b/conf/run.sh')).out).toBe('ran\n');
  });

  it('downloads a file into a writable and a directory into a local path', async () => {
    await run(comm, 'mkdir -p /data/tree/sub && printf one > /data/tree/one.txt && printf two > /data/tree/sub/two.txt && chmod 750 /data/tree/sub');
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    await comm.download('/data/tree/sub/two.txt', sink, { signal: timeout() });
    expect(Buffer.concat(chunks).toString()).toBe('two');

    const dst = trackedTempDir('kiln-d2-dl-');
    await comm.downloadDir('/data/tree', dst, { signal: timeout() });
    expect(readFileSync(join(dst, 'tree/sub/two.txt'), 'utf8')).toBe('two');
    expect(statSync(join(dst, 'tree/sub')).mode & 0o777).toBe(0o750);
    const flat = trackedTempDir('kiln-d2-dl-');
    await comm.downloadDir('/data/tree/', flat, { signal: timeout() });
    expect(readFileSync(join(flat, 'one.txt'), 'utf8')).toBe('one');

    const missing = await comm.download('/data/nope', new PassThrough(), { signal: timeout() }).catch((e: unknown) => e);
    expect((missing as Error).message).toBe('stat /data/nope: no such file or directory (in the container)');
    expect((missing as Error).cause).toBeInstanceOf(DockerApiError);
  });

  it('fixes upload ownership to the exec user when asked', async () => {
    const owned = createDockerCommunicator({ client: res.client, containerId, execUser: 'nobody', fixUploadOwner: true });
    await owned.upload('/tmp/owned/file.txt', Readable.from([Buffer.from('x')]), { signal: timeout(), size: 1 });
    expect((await run(comm, 'stat -c %U /tmp/owned/file.txt')).out).toBe('nobody\n');
    expect((await run(owned, 'id -un')).out).toBe('nobody\n');
  });

  it('commits with changes, tags and removes the image', async () => {
    await run(comm, 'echo committed > /committed.txt');
    const repo = `localhost/kiln-d2-test/commit-${uniqueSuffix()}`;
    res.image(`${repo}:v1`);
    const { Id } = await res.client.containerCommit(containerId, {
      signal: timeout(),
      repository: `${repo}:v1`,
      author: 'Kiln Tests',
      comment: 'integration commit',
      changes: ['CMD ["/bin/echo", "hello"]', 'ENV KILN_TEST=yes', 'LABEL kiln.test=commit', 'WORKDIR /srv'],
      config: { Entrypoint: null },
    });
    res.image(Id);
    const img = await res.client.imageInspect(`${repo}:v1`, { signal: timeout() });
    expect(img.Id).toContain(Id.replace(/^sha256:/, '').slice(0, 12));
    expect(img.Config?.Cmd).toEqual(['/bin/echo', 'hello']);
    expect(img.Config?.Env).toContain('KILN_TEST=yes');
    expect(img.Config?.Labels?.['kiln.test']).toBe('commit');
    expect(img.Config?.WorkingDir).toBe('/srv');

    res.image(`${repo}:v2`);
    await res.client.imageTag(`${repo}:v1`, `${repo}:v2`, { signal: timeout() });
    expect((await res.client.imageInspect(`${repo}:v2`, { signal: timeout() })).Id).toBe(img.Id);
    await res.client.imageRemove(`${repo}:v2`, { signal: timeout() });
    await res.client.imageRemove(`${repo}:v1`, { signal: timeout(), force: true });
    await expect(res.client.imageInspect(`${repo}:v1`, { signal: timeout() })).rejects.toMatchObject({ status: 404 });
  });

  it('imports a root file system tarball with changes and a tag', async () => {
    const pack = tar.pack();
    pack.entry({ name: 'hello.txt', mode: 0o644 }, 'imported\n');
    pack.finalize();
    const name = `localhost/kiln-d2-test/import-${uniqueSuffix()}:v3`;
    res.image(name);
    const { id } = await res.client.imageImport(Readable.from(pack, { objectMode: false }), {
      signal: timeout(),
      repository: name,
      changes: ['CMD ["/hello"]', 'LABEL kiln.import=yes'],
      message: 'kiln import test',
    });
    if (id) res.image(id);
    const img = await res.client.imageInspect(name, { signal: timeout() });
    if (id) expect(img.Id).toContain(id.replace(/^sha256:/, '').slice(0, 12));
    expect(img.Config?.Cmd).toEqual(['/hello']);
    expect(img.Config?.Labels?.['kiln.import']).toBe('yes');

    // save it (docker save format) and load it back under the same name
    const saved = await entryNames(await res.client.imageSave(name, { signal: timeout() }));
    expect(saved).toContain('manifest.json');
    const chunks: Buffer[] = [];
    for await (const c of (await res.client.imageSave(name, { signal: timeout() })) as AsyncIterable<Buffer>) chunks.push(c);
    await res.client.imageRemove(name, { signal: timeout(), force: true });
    await res.client.imageLoad(Readable.from([Buffer.concat(chunks)]), { signal: timeout() });
    expect((await res.client.imageInspect(name, { signal: timeout() })).Config?.Labels?.['kiln.import']).toBe('yes');
  });

  it('exports a container file system as a tar stream (read partly, then cancelled)', async () => {
    const ac = new AbortController();
    const archive = await res.client.containerExport(containerId, { signal: ac.signal });
    const extract = tar.extract();
    const names: string[] = [];
    const feeding = (async () => {
      for await (const c of archive as AsyncIterable<Buffer>) if (!extract.write(c)) await drained(extract);
      extract.end(undefined);
    })().catch(() => undefined);
    for await (const entry of extract) {
      names.push(entry.header.name.replace(/^\.?\//, ''));
      entry.resume();
      if (names.includes('etc/os-release')) break;
    }
    ac.abort(new Error('enough'));
    await feeding;
    expect(archive.destroyed).toBe(true);
    expect(names).toContain('etc/os-release');
  });

  it('stops and removes a container', async () => {
    const id = await res.startIdleContainer(timeout());
    expect((await res.client.containerInspect(id, { signal: timeout() })).State.Running).toBe(true);
    await res.client.containerStop(id, { signal: timeout(), timeoutSeconds: 5 });
    expect((await res.client.containerInspect(id, { signal: timeout() })).State.Running).toBe(false);
    await res.client.containerRemove(id, { signal: timeout(), v: true });
    await expect(res.client.containerInspect(id, { signal: timeout() })).rejects.toMatchObject({ status: 404 });
  });
});
