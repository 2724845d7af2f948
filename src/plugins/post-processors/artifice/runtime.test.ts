import { tmpdir } from 'node:os';
import { expect, test } from 'vitest';
import { nullArtifact } from '../../builders/null/runtime.js';
import { createFilesArtifact } from '../../builders/file/file-artifact.js';
import { decoded, testContext } from '../../provisioners/shell-local/runtime-test-support.js';
import { artificeSchema } from './config.js';
import { runtime } from './runtime.js';

test('replaces the artifact with the listed files, keeps its input by default and says so as Packer', async () => {
  const ctx = testContext(tmpdir());
  const r = await runtime.postProcess(decoded(artificeSchema, 'files = ["a.txt", "b/c"]\n'), nullArtifact, ctx);
  expect(r.artifact.files).toEqual(['a.txt', 'b/c']);
  expect(r.artifact.builderId).toBe('packer.post-processor.artifice');
  expect(r.artifact.describe()).toBe('Created artifact from files: a.txt, b/c');
  expect(r.keepInput).toBe(true);
  expect(ctx.ui.lines).toEqual(['say: Using these artifact files: a.txt, b/c']);

  const withFiles = createFilesArtifact({ builderId: 'x', cwd: tmpdir(), files: ['out.tar'], describe: '' });
  const ctx2 = testContext(tmpdir());
  await runtime.postProcess(decoded(artificeSchema, 'files = ["f.txt"]\n'), withFiles, ctx2);
  expect(ctx2.ui.lines).toEqual(['say: Discarding files from artifact: out.tar', 'say: Using these artifact files: f.txt']);
});
