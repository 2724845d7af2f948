import { tmpdir } from 'node:os';
import { expect, test } from 'vitest';
import { builderContext, decoded } from '../../provisioners/shell-local/runtime-test-support.js';
import { nullBuilderSchema } from './config.js';
import { runtime } from './runtime.js';

test('communicator none fires the provision hook without a communicator', async () => {
  const ctx = builderContext(tmpdir());
  const artifact = await runtime.run(decoded(nullBuilderSchema, 'communicator = "none"\n'), ctx);
  expect(ctx.calls).toEqual([undefined]);
  expect(artifact?.describe()).toBe('Did not export anything. This is the null builder');
  expect(artifact?.id).toBe('Null');
  expect(artifact?.files).toEqual([]);
  await artifact?.destroy();
});

test('ssh is not available yet', async () => {
  const ctx = builderContext(tmpdir());
  await expect(runtime.run(decoded(nullBuilderSchema, 'ssh_host = "h"\nssh_username = "u"\nssh_password = "p"\n'), ctx)).rejects.toThrow(
    'ssh communicator for the null builder is not available yet',
  );
  expect(ctx.calls).toEqual([]);
});

test('a provisioning failure fires the cleanup-provision hook and propagates', async () => {
  const ctx = { ...builderContext(tmpdir()), provision: async () => Promise.reject(new Error('prov failed')) };
  await expect(runtime.run(decoded(nullBuilderSchema, 'communicator = "none"\n'), ctx)).rejects.toThrow('prov failed');
  expect(ctx.calls).toEqual(['cleanup: prov failed']);
});

test('with -on-error=abort a provisioning failure skips the cleanup-provision hook', async () => {
  const ctx = { ...builderContext(tmpdir(), { onError: 'abort' }), provision: async () => Promise.reject(new Error('prov failed')) };
  await expect(runtime.run(decoded(nullBuilderSchema, 'communicator = "none"\n'), ctx)).rejects.toThrow('prov failed');
  expect(ctx.calls).toEqual([]);
});
