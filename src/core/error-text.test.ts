import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { errorText } from './error-text.js';

const dir = mkdtempSync(join(tmpdir(), 'kiln-error-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

test('a file-system error reads as Go prints it, relative to the working directory when inside it', () => {
  const missing = thrown(() => readFileSync(join(dir, 'nope', 'm.json')));
  expect(errorText(missing, dir)).toBe('open nope/m.json: no such file or directory');
  expect(errorText(missing)).toBe(`open ${join(dir, 'nope', 'm.json')}: no such file or directory`);
  expect(errorText(missing, '/elsewhere')).toBe(`open ${join(dir, 'nope', 'm.json')}: no such file or directory`);
  writeFileSync(join(dir, 'f'), '');
  expect(errorText(thrown(() => writeFileSync(join(dir, 'f', 'x'), '')), dir)).toBe('open f/x: not a directory');
});

test('other errors keep their message', () => {
  expect(errorText(new Error('boom'))).toBe('boom');
  expect(errorText('text')).toBe('text');
});
