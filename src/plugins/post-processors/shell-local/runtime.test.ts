import { tmpdir } from 'node:os';
import { expect, test } from 'vitest';
import { nullArtifact } from '../../builders/null/runtime.js';
import { shellLocalSchema } from '../../provisioners/shell-local/config.js';
import { decoded, testContext } from '../../provisioners/shell-local/runtime-test-support.js';
import { runtime } from './runtime.js';

test('runs locally and passes the artifact through, always kept', async () => {
  const ctx = testContext(tmpdir());
  const r = await runtime.postProcess(decoded(shellLocalSchema, 'inline = ["echo post $PACKER_BUILDER_TYPE"]\n'), nullArtifact, ctx);
  expect(r).toEqual({ artifact: nullArtifact, keepInput: true, forceKeep: true });
  expect(ctx.ui.lines.at(-1)).toBe('message: post null');
});

test('a failure is an error', async () => {
  await expect(runtime.postProcess(decoded(shellLocalSchema, 'inline = ["exit 5"]\n'), nullArtifact, testContext(tmpdir()))).rejects.toThrow('Script exited with non-zero exit status: 5.Allowed exit codes are: [0]');
});
