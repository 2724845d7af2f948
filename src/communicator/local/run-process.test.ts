import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { processAlive } from '../../plugins/provisioners/shell-local/runtime-test-support.js';
import { createLineSplitter } from './line-splitter.js';
import { runProcess } from './run-process.js';

describe('runProcess', () => {
  test('streams output and reports the exit code', async () => {
    let out = '';
    let err = '';
    const r = await runProcess(['/bin/sh', '-c', 'echo out; echo err >&2; exit 7'], {
      signal: new AbortController().signal,
      onStdout: (c) => (out += c),
      onStderr: (c) => (err += c),
    });
    expect(r.exitCode).toBe(7);
    expect(out).toBe('out\n');
    expect(err).toBe('err\n');
  });

  test('a missing program is a clear error', async () => {
    await expect(runProcess(['/nonexistent/prog'], { signal: new AbortController().signal })).rejects.toThrow('Error executing /nonexistent/prog: spawn /nonexistent/prog ENOENT');
  });

  test('abort kills the whole process group, background children included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiln-rp-'));
    const pidFile = join(dir, 'bg.pid');
    const ac = new AbortController();
    let leader = 0;
    const run = runProcess(['/bin/sh', '-c', `sleep 60 & echo $! > ${pidFile}; wait`], {
      signal: ac.signal,
      onSpawn: (pid) => (leader = pid),
      killGraceMs: 500,
    });
    for (let i = 0; i < 100 && !(await readFile(pidFile, 'utf8').catch(() => '')).trim(); i++) await sleep(20);
    const bg = Number((await readFile(pidFile, 'utf8')).trim());
    expect(processAlive(bg)).toBe(true);
    ac.abort(new Error('cancelled by test'));
    await expect(run).rejects.toThrow('cancelled by test');
    for (let i = 0; i < 50 && (processAlive(bg) || processAlive(leader)); i++) await sleep(20);
    expect(processAlive(bg)).toBe(false);
    expect(processAlive(leader)).toBe(false);
    await rm(dir, { recursive: true, force: true });
  });

  test('an already aborted signal does not spawn', async () => {
    const ac = new AbortController();
    ac.abort(new Error('early'));
    await expect(runProcess(['/bin/true'], { signal: ac.signal })).rejects.toThrow('early');
  });
});

test('line splitter joins chunks and flushes the last line', () => {
  const lines: string[] = [];
  const s = createLineSplitter((l) => lines.push(l));
  s.push('a\r\nb');
  s.push('c\n\nd');
  s.flush();
  expect(lines).toEqual(['a', 'bc', '', 'd']);
});
