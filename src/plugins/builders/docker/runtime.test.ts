import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Communicator } from '../../../communicator/communicator.js';
import type { BuilderContext } from '../../../core/plugin-runtime.js';
import { createRecordingUi } from '../../../core/ui/recording-ui.js';
import { decodeHcl } from '../../test-support.js';
import { dockerBuilderSchema, type DockerBuilderConfig } from './config.js';
import { runDockerBuild } from './runtime.js';
import { commitChanges } from './steps/commit.js';
import type { ContainerSpec, DockerBuilderApi } from './steps/docker-api.js';
import { parseRunCommand } from './steps/run-command.js';

function config(src: string): DockerBuilderConfig {
  const r = decodeHcl(dockerBuilderSchema, src);
  if (r.value === undefined) throw new Error(r.diagnostics.map((d) => d.summary).join('\n'));
  return r.value;
}

/** An in-memory daemon: records calls, fails the named method. */
function fakeApi(opts: { failOn?: string; localImage?: boolean } = {}) {
  const calls: string[] = [];
  const removedImages: string[] = [];
  const containers = new Set<string>();
  let spec: ContainerSpec | undefined;
  let changes: readonly string[] = [];
  const step = async (name: string) => {
    calls.push(name);
    if (opts.failOn === name) throw new Error(`${name} failed`);
  };
  const api: DockerBuilderApi = {
    async inspectImage() {
      await step('inspectImage');
      return opts.localImage === false ? undefined : { id: 'sha256:base', entrypoint: ['/entry'], cmd: ['serve'] };
    },
    pullImage: () => step('pullImage'),
    async createContainer(s) {
      await step('createContainer');
      spec = s;
      containers.add('c1');
      return 'c1';
    },
    startContainer: () => step('startContainer'),
    async removeContainer(id) {
      calls.push('removeContainer');
      containers.delete(id);
    },
    async commitContainer(_id, o) {
      await step('commitContainer');
      changes = o.changes;
      return 'sha256:new';
    },
    async exportContainer() {
      await step('exportContainer');
      return Readable.from([Buffer.from('tar')]);
    },
    removeImage: async (id) => {
      await step('removeImage');
      removedImages.push(id);
    },
    communicator: () => ({}) as Communicator,
  };
  return { api, calls, containers, removedImages, spec: () => spec, changes: () => changes };
}

describe('docker builder runtime (fake Engine API)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kiln-docker-rt-'));
    cleanupCalls.length = 0;
    // The builder's temp dirs go here: the -on-error=abort cases leave theirs, as Packer does.
    process.env['PACKER_TMP_DIR'] = dir;
  });
  afterEach(async () => {
    delete process.env['PACKER_TMP_DIR'];
    await rm(dir, { recursive: true, force: true });
  });

  const cleanupCalls: string[] = [];
  const ctx = (over: { provision?: () => Promise<void>; signal?: AbortSignal; onError?: BuilderContext['onError'] } = {}) => ({
    cleanupProvision: async (_c: unknown, _d: unknown, error: Error) => void cleanupCalls.push(error.message),
    signal: over.signal ?? new AbortController().signal,
    ui: createRecordingUi(),
    buildName: 'docker.t',
    buildType: 'docker',
    debug: false,
    force: false,
    onError: over.onError ?? ('cleanup' as const),
    cwd: dir,
    templateDir: dir,
    provision: over.provision ?? (async () => undefined),
  });

  it('commits with the base entrypoint and command restored, and removes the container', async () => {
    const f = fakeApi();
    const artifact = await runDockerBuild(config('image = "i"\ncommit = true\nchanges = ["ENV A=1"]\n'), ctx(), f.api);
    expect(artifact?.id).toBe('sha256:new');
    expect(artifact?.builderId).toBe('packer.post-processor.docker-import');
    expect(artifact?.describe()).toBe('Imported Docker image: sha256:new');
    expect(f.changes()).toEqual(['ENTRYPOINT ["/entry"]', 'CMD ["serve"]', 'ENV A=1']);
    expect(f.spec()).toMatchObject({ image: 'i', entrypoint: ['/bin/sh'], openStdin: true, tty: false });
    expect(f.containers.size).toBe(0);
    expect(f.calls).toEqual(['inspectImage', 'pullImage', 'inspectImage', 'createContainer', 'startContainer', 'commitContainer', 'removeContainer']);
  });

  it('continues with the local image when the pull fails, and fails when there is none', async () => {
    const ok = fakeApi({ failOn: 'pullImage' });
    const c = ctx();
    expect((await runDockerBuild(config('image = "i"\ndiscard = true\n'), c, ok.api))?.describe()).toBe('Exported Docker file: ');
    expect(c.ui.lines.some((l) => l.startsWith('error: Warning: could not pull i'))).toBe(true);
    const missing = fakeApi({ failOn: 'pullImage', localImage: false });
    await expect(runDockerBuild(config('image = "i"\ndiscard = true\n'), ctx(), missing.api)).rejects.toThrow('Error pulling Docker image: pullImage failed');
  });

  for (const failOn of ['createContainer', 'startContainer', 'provision', 'commitContainer']) {
    it(`removes the container and the temp dir when ${failOn} fails`, async () => {
      const f = fakeApi({ failOn });
      const provision = async () => {
        if (failOn === 'provision') throw new Error('provision failed');
      };
      await expect(runDockerBuild(config('image = "i"\ncommit = true\n'), ctx({ provision }), f.api)).rejects.toThrow(`${failOn} failed`);
      expect(f.containers.size).toBe(0);
      // createContainer failed before an id: the cleanup removes by the container's name.
      expect(f.calls).toContain('removeContainer');
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('exports the container filesystem to export_path', async () => {
    const f = fakeApi();
    const artifact = await runDockerBuild(config('image = "i"\nexport_path = "out/x.tar"\n'), ctx(), f.api);
    expect(artifact?.describe()).toBe('Exported Docker file: out/x.tar');
    expect(artifact?.files).toEqual(['out/x.tar']);
    expect(existsSync(join(dir, 'out/x.tar'))).toBe(true);
    await artifact?.destroy();
    expect(existsSync(join(dir, 'out/x.tar'))).toBe(false);
  });

  it('a cancelled build returns no artifact and still removes the container', async () => {
    const f = fakeApi();
    const ac = new AbortController();
    const artifact = await runDockerBuild(config('image = "i"\ncommit = true\n'), ctx({ signal: ac.signal, provision: async () => ac.abort() }), f.api);
    expect(artifact).toBeUndefined();
    expect(f.containers.size).toBe(0);
    expect(f.calls).not.toContain('commitContainer');
  });

  it('a failure after provisioning fires the cleanup-provision hook before the container goes, as StepProvision.Cleanup', async () => {
    const f = fakeApi({ failOn: 'commitContainer' });
    const c = ctx();
    await expect(runDockerBuild(config('image = "i"\ncommit = true\n'), c, f.api)).rejects.toThrow('commitContainer failed');
    expect(cleanupCalls).toEqual(['Error committing container: commitContainer failed']);
    expect(f.containers.size).toBe(0);
  });

  it('-on-error=abort: no cleanup-provision hook, the container stays, and the failed step is named once', async () => {
    const f = fakeApi();
    const c = ctx({ onError: 'abort', provision: async () => Promise.reject(new Error('script failed')) });
    await expect(runDockerBuild(config('image = "i"\ncommit = true\n'), c, f.api)).rejects.toThrow('script failed');
    expect(cleanupCalls).toEqual([]);
    expect(f.containers.size).toBe(1);
    const errors = c.ui.lines.filter((l) => l.startsWith('error: '));
    expect(errors).toEqual([
      'error: script failed',
      'error: Step "StepProvision" failed, aborting...',
      'error: aborted: skipping cleanup of step "StepRun"',
      'error: aborted: skipping cleanup of step "StepPull"',
      'error: aborted: skipping cleanup of step "StepTempDir"',
    ]);
  });

  it('-on-error=run-cleanup-provisioner: fires the cleanup-provision hook, then keeps the container', async () => {
    const f = fakeApi();
    const c = ctx({ onError: 'run-cleanup-provisioner', provision: async () => Promise.reject(new Error('script failed')) });
    await expect(runDockerBuild(config('image = "i"\ncommit = true\n'), c, f.api)).rejects.toThrow('script failed');
    expect(cleanupCalls).toEqual(['script failed']);
    expect(f.containers.size).toBe(1);
  });

  it('creates and starts the container with a signal an interrupt does not cut short', async () => {
    const f = fakeApi();
    const ac = new AbortController();
    const seen: boolean[] = [];
    const create = f.api.createContainer.bind(f.api);
    f.api.createContainer = async (spec, signal) => {
      ac.abort();
      seen.push(signal.aborted);
      return create(spec, signal);
    };
    const start = f.api.startContainer.bind(f.api);
    f.api.startContainer = async (id, signal) => {
      seen.push(signal.aborted);
      return start(id, signal);
    };
    expect(await runDockerBuild(config('image = "i"\ncommit = true\n'), ctx({ signal: ac.signal }), f.api)).toBeUndefined();
    expect(seen).toEqual([false, false]);
    expect(f.containers.size).toBe(0);
    expect(f.calls).not.toContain('commitContainer');
  });

  it('an interrupt during the commit lets it finish, then removes the image and the container', async () => {
    const f = fakeApi();
    const ac = new AbortController();
    const commit = f.api.commitContainer.bind(f.api);
    f.api.commitContainer = async (id, o, signal) => {
      ac.abort();
      expect(signal.aborted).toBe(false);
      return commit(id, o, signal);
    };
    const artifact = await runDockerBuild(config('image = "i"\ncommit = true\n'), ctx({ signal: ac.signal }), f.api);
    expect(artifact).toBeUndefined();
    expect(f.removedImages).toEqual(['sha256:new']);
    expect(f.containers.size).toBe(0);
  });

  it('an interrupt after the export removes the exported file', async () => {
    const f = fakeApi();
    const ac = new AbortController();
    const exportContainer = f.api.exportContainer.bind(f.api);
    f.api.exportContainer = async (id, signal) => {
      const tar = await exportContainer(id, signal);
      tar.on('end', () => ac.abort());
      return tar;
    };
    const artifact = await runDockerBuild(config('image = "i"\nexport_path = "out/x.tar"\n'), ctx({ signal: ac.signal }), f.api);
    expect(artifact).toBeUndefined();
    expect(existsSync(join(dir, 'out/x.tar'))).toBe(false);
    expect(f.containers.size).toBe(0);
  });
});

describe('commitChanges', () => {
  const base = { id: 'x', entrypoint: ['/e'], cmd: ['c', 'a,b'] };
  it('restores what the user does not set; a user ENTRYPOINT clears the command', () => {
    expect(commitChanges([], { id: 'x', entrypoint: null, cmd: null })).toEqual(['ENTRYPOINT []', 'CMD []']);
    expect(commitChanges(['CMD ["x"]'], base)).toEqual(['ENTRYPOINT ["/e"]', 'CMD ["x"]']);
    expect(commitChanges(['entrypoint ["/y"]'], base)).toEqual(['CMD []', 'entrypoint ["/y"]']);
  });
  it('sends one EXPOSE per port (podman rejects several in one)', () => {
    expect(commitChanges(['EXPOSE 80 443/udp', 'expose 8080', 'CMD ["x"]'], base)).toEqual(['ENTRYPOINT ["/e"]', 'EXPOSE 80', 'EXPOSE 443/udp', 'expose 8080', 'CMD ["x"]']);
  });
});

describe('parseRunCommand', () => {
  it("parses Packer's default and common flags", () => {
    expect(parseRunCommand(['-d', '-i', '-t', '--entrypoint=/bin/sh', '--', '{{.Image}}'], 'img')).toEqual({
      image: 'img',
      entrypoint: ['/bin/sh'],
      env: [],
      binds: [],
      openStdin: true,
      tty: true,
      privileged: false,
    });
    expect(parseRunCommand(['-dit', '-e', 'A=1', '-u', 'root', '-v', '/a:/b', '--privileged', '{{ .Image }}', 'sleep', '9'], 'img')).toMatchObject({
      image: 'img',
      cmd: ['sleep', '9'],
      env: ['A=1'],
      user: 'root',
      binds: ['/a:/b'],
      privileged: true,
    });
  });
  it('rejects unknown flags and a missing image', () => {
    expect(() => parseRunCommand(['--gpus', 'all', 'img'], 'img')).toThrow('unsupported docker run flag "--gpus"');
    expect(() => parseRunCommand(['-d'], 'img')).toThrow('no image given');
  });
});
