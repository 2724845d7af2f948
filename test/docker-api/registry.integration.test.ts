// Push to and pull from the loopback registry (Debian's docker-registry, started by scripts/test-env) over the Engine API.
import { Readable } from 'node:stream';
import * as tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerTestResources, inCi, uniqueSuffix } from './support.js';

const registry = process.env['KILN_TEST_REGISTRY'] ?? '';
const timeout = (): AbortSignal => AbortSignal.timeout(120_000);

describe.runIf(registry !== '' || inCi)('Docker Engine API against a registry (integration)', () => {
  let res: DockerTestResources;

  beforeAll(() => {
    if (registry === '') throw new Error('KILN_TEST_REGISTRY must name the loopback registry when CI=true (see scripts/test-env)');
    res = new DockerTestResources();
  });
  afterAll(async () => {
    await res?.cleanup();
  });

  it('pushes with progress and pulls the image back', async () => {

    const pack = tar.pack();
    pack.entry({ name: 'pushed.txt', mode: 0o644 }, 'pushed\n');
    pack.finalize();
    const name = `${registry}/kiln-d2-test/push-${uniqueSuffix()}:v1`;
    res.image(name);
    const imported = await res.client.imageImport(Readable.from(pack, { objectMode: false }), { signal: timeout(), repository: name, changes: ['LABEL kiln.push=yes'] });
    if (imported.id) res.image(imported.id);

    const statuses: string[] = [];
    await res.client.imagePush(name, { signal: timeout(), onProgress: (m) => statuses.push(m.status ?? '') });
    expect(statuses.length).toBeGreaterThan(0);

    await res.client.imageRemove(name, { signal: timeout(), force: true });
    await res.client.imagePull(name, { signal: timeout() });
    expect((await res.client.imageInspect(name, { signal: timeout() })).Config?.Labels?.['kiln.push']).toBe('yes');

    await expect(res.client.imagePull(`${registry}/kiln-d2-test/never-pushed:v0`, { signal: timeout() })).rejects.toMatchObject({
      name: 'DockerApiError',
    });
  });
});
