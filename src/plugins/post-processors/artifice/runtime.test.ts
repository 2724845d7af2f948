import { tmpdir } from 'node:os';
import { expect, test } from 'vitest';
import { nullArtifact } from '../../builders/null/runtime.js';
import { decoded, testContext } from '../../provisioners/shell-local/runtime-test-support.js';
import { artificeSchema } from './config.js';
import { runtime } from './runtime.js';

test('replaces the artifact with the listed files', async () => {
  const r = await runtime.postProcess(decoded(artificeSchema, 'files = ["a.txt", "b/c"]\n'), nullArtifact, testContext(tmpdir()));
  expect(r.artifact.files).toEqual(['a.txt', 'b/c']);
  expect(r.artifact.builderId).toBe('packer.post-processor.artifice');
  expect(r.artifact.describe()).toBe('Created artifact from files: a.txt, b/c');
  expect(r.keepInput).toBe(false);
});
