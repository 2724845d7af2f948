import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callText } from './call-for-test.js';
import { makeFilesystemFunctions } from './filesystem.js';
import type { HclFunction } from './function.js';

let dir: string;
let f: Record<string, HclFunction>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiln-fs-'));
  mkdirSync(join(dir, 'sub/deeper'), { recursive: true });
  writeFileSync(join(dir, 'hello.txt'), 'Hello World');
  writeFileSync(join(dir, 'sub/a.txt'), 'a');
  writeFileSync(join(dir, 'sub/b.md'), 'b');
  writeFileSync(join(dir, 'sub/deeper/c.txt'), 'c');
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0xff, 0xfe, 0x00]));
  mkdirSync(join(dir, 'links'));
  symlinkSync(join(dir, 'missing'), join(dir, 'links/dangling'));
  symlinkSync(join(dir, 'sub'), join(dir, 'links/to-sub'));
  f = makeFilesystemFunctions({ baseDir: dir, cwd: '/work/dir', home: '/home/me' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('path functions', () => {
  // Expected values from `packer console` (Go's path/filepath).
  it.each([
    ['basename', '/a/b/', 'b'],
    ['basename', '', '.'],
    ['basename', '/', '/'],
    ['basename', 'foo.txt', 'foo.txt'],
    ['dirname', 'a/b/', 'a/b'],
    ['dirname', '', '.'],
    ['dirname', '/', '/'],
    ['dirname', '/a/b/c.txt', '/a/b'],
    ['dirname', 'c.txt', '.'],
    ['abspath', 'a/../b/', '/work/dir/b'],
    ['abspath', '/x//y/.', '/x/y'],
    ['pathexpand', '~/a/../b', '/home/me/b'],
    ['pathexpand', '~', '/home/me'],
    ['pathexpand', 'a/~', 'a/~'],
    ['pathexpand', '', ''],
    ['pathexpand', '~x', 'error: cannot expand user-specific home dir'],
  ])('%s(%j) = %j', (name, arg, want) => {
    expect(callText(f[name], arg)).toBe(want);
  });
});

describe('file', () => {
  it('reads relative to the base directory', () => {
    expect(callText(f.file, 'hello.txt')).toBe('Hello World');
    expect(callText(f.file, join(dir, 'sub/a.txt'))).toBe('a');
  });
  it.each([
    ['nope.txt', () => `error: no file exists at ${dir}/nope.txt`],
    ['sub', () => `error: failed to read ${dir}/sub`],
    [
      'binary.bin',
      () =>
        'error: contents of binary.bin are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead',
    ],
    ['~x/y', () => 'error: failed to expand ~: cannot expand user-specific home dir'],
  ])('file(%j) fails', (arg, want) => {
    expect(callText(f.file, arg)).toBe(want());
  });
});

describe('fileexists', () => {
  it.each([
    ['hello.txt', true],
    ['nope', false],
  ])('fileexists(%j) = %s', (arg, want) => {
    const r = call(f.fileexists, arg);
    expect('value' in r && r.value.asBool()).toBe(want);
  });
  it('refuses directories and devices, naming their Go file mode', () => {
    expect(callText(f.fileexists, 'sub')).toMatch(new RegExp(`^error: ${dir}/sub is not a regular file, but "drwx`));
    expect(callText(f.fileexists, '/dev/null')).toBe('error: /dev/null is not a regular file, but "Dcrw-rw-rw-"');
  });
  it('reports other stat failures', () => {
    expect(callText(f.fileexists, 'hello.txt/x')).toBe(`error: failed to stat ${dir}/hello.txt/x`);
  });
});

describe('fileset', () => {
  const set = (path: string, pattern: string) => {
    const r = call(f.fileset, path, pattern);
    return 'value' in r ? r.value.elements().map((v) => v.asString()) : r.error;
  };
  it.each([
    ['.', '*.txt', ['hello.txt']],
    ['.', '**/*.txt', ['hello.txt', 'links/to-sub/a.txt', 'links/to-sub/deeper/c.txt', 'sub/a.txt', 'sub/deeper/c.txt']],
    ['sub', '*', ['a.txt', 'b.md']],
    ['sub', '**', ['a.txt', 'b.md', 'deeper/c.txt']],
    ['sub', '{a,b}.*', ['a.txt', 'b.md']],
    ['sub', '[ab].t?t', ['a.txt']],
    ['sub', '[^a].*', ['b.md']],
    // doublestar v1 negates with "^" only; "!" is an ordinary class member.
    ['sub', '[!a].*', ['a.txt']],
    ['links', 'to-sub/*.txt', ['to-sub/a.txt']],
    ['.', 'nothing*', []],
  ])('fileset(%j, %j)', (path, pattern, want) => {
    expect(set(path, pattern)).toEqual(want);
  });
  it('reports malformed patterns and dangling links', () => {
    expect(set('.', '[')).toBe(`failed to glob pattern (${dir}/[): syntax error in pattern`);
    expect(set('links', 'dangl*')).toBe(
      `failed to stat (${dir}/links/dangling): stat ${dir}/links/dangling: no such file or directory`,
    );
  });
});

describe('filebase64', () => {
  it('reads relative to the working directory', () => {
    const g = makeFilesystemFunctions({ baseDir: '/elsewhere', cwd: dir });
    expect(callText(g.filebase64, 'hello.txt')).toBe('SGVsbG8gV29ybGQ=');
    expect(callText(g.filebase64, 'nope')).toBe('error: failed to read file "nope": open nope: no such file or directory');
    expect(callText(g.filebase64, 'sub')).toBe('error: failed to read file "sub": read sub: is a directory');
  });
});
