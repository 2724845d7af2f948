import { tmpdir } from 'node:os';
import { expect, test } from 'vitest';
import { decoded, provisionContext, recordingUi } from '../shell-local/runtime-test-support.js';
import { breakpointSchema } from './config.js';
import { runtime } from './runtime.js';

test('pauses with the note until enter', async () => {
  const ctx = provisionContext(tmpdir(), undefined, { ui: recordingUi(['']) });
  await runtime.provision(decoded(breakpointSchema, 'note = "foo"\n'), ctx);
  expect(ctx.ui.lines).toEqual(['say: Pausing at breakpoint provisioner with note "foo".', 'ask: Press enter to continue.']);
});

test('disabled breakpoints only say so', async () => {
  const ctx = provisionContext(tmpdir(), undefined);
  await runtime.provision(decoded(breakpointSchema, 'note = "foo"\ndisable = true\n'), ctx);
  await runtime.provision(decoded(breakpointSchema, 'disable = true\n'), ctx);
  expect(ctx.ui.lines).toEqual(['say: Breakpoint provisioner with note "foo" disabled; continuing...', 'say: Breakpoint provisioner disabled; continuing...']);
});

test('without a TTY it fails like Packer instead of hanging', async () => {
  const ctx = provisionContext(tmpdir(), undefined);
  await expect(runtime.provision(decoded(breakpointSchema, ''), ctx)).rejects.toThrow('Error asking for input: no available tty');
  expect(ctx.ui.lines[0]).toBe('say: Pausing at breakpoint provisioner.');
});

test('an abort ends the pause', async () => {
  const ac = new AbortController();
  const ui = { ...recordingUi(), ask: () => new Promise<string>(() => undefined) };
  const p = runtime.provision(decoded(breakpointSchema, ''), provisionContext(tmpdir(), undefined, { ui, signal: ac.signal }));
  ac.abort(new Error('cancelled'));
  await expect(p).rejects.toThrow('cancelled');
});
