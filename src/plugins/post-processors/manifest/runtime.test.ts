import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createFilesArtifact } from '../../builders/file/file-artifact.js';
import { nullArtifact } from '../../builders/null/runtime.js';
import { decoded, testContext } from '../../provisioners/shell-local/runtime-test-support.js';
import { manifestSchema } from './config.js';
import { renderGoJson, runtime } from './runtime.js';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiln-mf-'));
  process.env['PACKER_RUN_UUID'] = 'run-1';
});

test("Packer's format for the null builder (files null, custom_data), appended on each run", async () => {
  const config = decoded(manifestSchema, 'output = "m.json"\ncustom_data = { a = "b" }\n');
  const ctx = testContext(dir, { buildName: 'null', buildType: 'null' });
  const before = Math.floor(Date.now() / 1000);
  const r = await runtime.postProcess(config, nullArtifact, ctx);
  expect(r).toEqual({ artifact: nullArtifact, keepInput: true, forceKeep: true });
  process.env['PACKER_RUN_UUID'] = 'run-2';
  await runtime.postProcess(config, nullArtifact, ctx);
  const text = await readFile(join(dir, 'm.json'), 'utf8');
  const m = JSON.parse(text) as { builds: { build_time: number }[]; last_run_uuid: string };
  expect(m.builds[0]!.build_time).toBeGreaterThanOrEqual(before);
  expect(text.replace(/"build_time": \d+/g, '"build_time": T')).toBe(`{
  "builds": [
    {
      "name": "null",
      "builder_type": "null",
      "build_time": T,
      "files": null,
      "artifact_id": "Null",
      "packer_run_uuid": "run-1",
      "custom_data": {
        "a": "b"
      }
    },
    {
      "name": "null",
      "builder_type": "null",
      "build_time": T,
      "files": null,
      "artifact_id": "Null",
      "packer_run_uuid": "run-2",
      "custom_data": {
        "a": "b"
      }
    }
  ],
  "last_run_uuid": "run-2"
}`);
});

test('files with sizes; strip_path and strip_time', async () => {
  await writeFile(join(dir, 'out.txt'), 'hello');
  const artifact = createFilesArtifact({ builderId: 'packer.file', files: [join(dir, 'out.txt'), 'missing'], describe: '' });
  await runtime.postProcess(decoded(manifestSchema, 'output = "m.json"\nstrip_path = true\nstrip_time = true\n'), artifact, testContext(dir));
  const m = JSON.parse(await readFile(join(dir, 'm.json'), 'utf8')) as { builds: Record<string, unknown>[] };
  expect(m.builds[0]).toEqual({
    name: 'test',
    builder_type: 'null',
    files: [
      { name: 'out.txt', size: 5 },
      { name: 'missing', size: 0 },
    ],
    artifact_id: '',
    packer_run_uuid: 'run-1',
    custom_data: null,
  });
});

test('an unreadable manifest is a clear error', async () => {
  await writeFile(join(dir, 'm.json'), '{not json');
  await expect(runtime.postProcess(decoded(manifestSchema, 'output = "m.json"\n'), nullArtifact, testContext(dir))).rejects.toThrow(/^Unable to parse content from m.json: /);
});

test('JSON is escaped like Go', () => {
  expect(renderGoJson({ a: '<&>' })).toBe('{\n  "a": "\\u003c\\u0026\\u003e"\n}');
});

test('creates the output directory, and says which path failed as Go does', async () => {
  await runtime.postProcess(decoded(manifestSchema, 'output = "out/sub/m.json"\nstrip_time = true\n'), nullArtifact, testContext(dir));
  expect(JSON.parse(await readFile(join(dir, 'out', 'sub', 'm.json'), 'utf8'))).toMatchObject({ builds: [{ name: 'test' }] });
  await writeFile(join(dir, 'plain'), '');
  await expect(runtime.postProcess(decoded(manifestSchema, 'output = "plain/m.json"\n'), nullArtifact, testContext(dir))).rejects.toThrow(
    /^Unable to (open plain\/m.json for reading: open plain\/m.json|write plain\/m.json: mkdir plain): not a directory$/,
  );
});
