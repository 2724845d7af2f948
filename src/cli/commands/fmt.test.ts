// `kiln fmt` end to end over temporary directories: flags, file selection, stdin, exit codes and messages.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../io.js';
import { fmtHelp, multiErrorText, runFmt } from './fmt.js';

const messy = 'a  =  1\nbbb = 2\n';
const tidy = 'a   = 1\nbbb = 2\n';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiln-fmt-test-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(rel: string, text: string): void {
  const path = join(dir, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

function read(rel: string): string {
  return readFileSync(join(dir, rel), 'utf8');
}

async function fmt(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const streams = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
  let stdout = '';
  let stderr = '';
  streams.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  streams.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  streams.stdin.end(stdin);
  const io: CliIO = { ...streams, cwd: dir, env: {} };
  const code = await runFmt(argv, io);
  return { code, stdout, stderr };
}

describe('kiln fmt on files', () => {
  it('rewrites a file and names it', async () => {
    write('a.pkr.hcl', messy);
    expect(await fmt(['a.pkr.hcl'])).toEqual({ code: 0, stdout: 'a.pkr.hcl\n', stderr: '' });
    expect(read('a.pkr.hcl')).toBe(tidy);
  });

  it('is silent when the file is already formatted', async () => {
    write('a.pkr.hcl', tidy);
    expect(await fmt(['a.pkr.hcl'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('formats variable files', async () => {
    write('v.pkrvars.hcl', messy);
    expect((await fmt(['v.pkrvars.hcl'])).stdout).toBe('v.pkrvars.hcl\n');
    expect(read('v.pkrvars.hcl')).toBe(tidy);
  });

  it('-check exits 3 without writing when a file needs formatting', async () => {
    write('a.pkr.hcl', messy);
    expect(await fmt(['-check', 'a.pkr.hcl'])).toEqual({ code: 3, stdout: 'a.pkr.hcl\n', stderr: '' });
    expect(read('a.pkr.hcl')).toBe(messy);
  });

  it('-check exits 0 when everything is formatted', async () => {
    write('a.pkr.hcl', tidy);
    expect((await fmt(['-check', 'a.pkr.hcl'])).code).toBe(0);
  });

  it('-check overrides -write=true', async () => {
    write('a.pkr.hcl', messy);
    expect((await fmt(['-check', '-write=true', 'a.pkr.hcl'])).code).toBe(3);
    expect(read('a.pkr.hcl')).toBe(messy);
  });

  it('-write=false names the file but leaves it alone', async () => {
    write('a.pkr.hcl', messy);
    expect(await fmt(['-write=false', 'a.pkr.hcl'])).toEqual({ code: 0, stdout: 'a.pkr.hcl\n', stderr: '' });
    expect(read('a.pkr.hcl')).toBe(messy);
  });

  it('-diff prints a unified diff labelled old/ and new/', async () => {
    write('a.pkr.hcl', messy);
    const r = await fmt(['-diff', '--write=false', 'a.pkr.hcl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'a.pkr.hcl\n--- old/a.pkr.hcl\n+++ new/a.pkr.hcl\n@@ -1,2 +1,2 @@\n-a  =  1\n+a   = 1\n bbb = 2\n',
    );
  });

  it('takes absolute paths as they are', async () => {
    write('a.pkr.hcl', messy);
    const abs = join(dir, 'a.pkr.hcl');
    expect((await fmt([abs])).stdout).toBe(`${abs}\n`);
    expect(read('a.pkr.hcl')).toBe(tidy);
  });

  it('keeps bytes that are not UTF-8', async () => {
    writeFileSync(join(dir, 'l.pkr.hcl'), Buffer.from([...Buffer.from('a  = 1 # caf'), 0xe9, 0x0a]));
    expect((await fmt(['l.pkr.hcl'])).code).toBe(0);
    expect([...readFileSync(join(dir, 'l.pkr.hcl'))]).toEqual([...Buffer.from('a = 1 # caf'), 0xe9, 0x0a]);
  });

  it('accepts several paths', async () => {
    write('a.pkr.hcl', messy);
    write('b.pkr.hcl', messy);
    expect((await fmt(['b.pkr.hcl', 'a.pkr.hcl'])).stdout).toBe('b.pkr.hcl\na.pkr.hcl\n');
  });
});

describe('kiln fmt on directories', () => {
  beforeEach(() => {
    write('b.pkr.hcl', messy);
    write('a.pkrvars.hcl', messy);
    write('c.pkr.json', '{"a":   1}');
    write('notes.txt', messy);
    write('.hidden.pkr.hcl', messy);
    write('backup.pkr.hcl~', messy);
    write('sub/d.pkr.hcl', messy);
    write('sub/deeper/e.pkr.hcl', messy);
  });

  it('formats the HCL files of the directory in name order, skipping the rest', async () => {
    expect(await fmt(['.'])).toEqual({ code: 0, stdout: 'a.pkrvars.hcl\nb.pkr.hcl\n', stderr: '' });
    expect(read('c.pkr.json')).toBe('{"a":   1}');
    expect(read('.hidden.pkr.hcl')).toBe(messy);
    expect(read('sub/d.pkr.hcl')).toBe(messy);
  });

  it('joins the directory to the names it prints', async () => {
    expect((await fmt(['sub'])).stdout).toBe('sub/d.pkr.hcl\n');
  });

  it('-recursive descends into subdirectories', async () => {
    const r = await fmt(['-recursive', '.']);
    expect(r.stdout).toBe('a.pkrvars.hcl\nb.pkr.hcl\nsub/d.pkr.hcl\nsub/deeper/e.pkr.hcl\n');
    expect(read('sub/deeper/e.pkr.hcl')).toBe(tidy);
  });
});

describe('kiln fmt -', () => {
  it('formats stdin to stdout', async () => {
    expect(await fmt(['-'], messy)).toEqual({ code: 0, stdout: tidy, stderr: '' });
  });

  it('echoes formatted input unchanged', async () => {
    expect(await fmt(['-'], tidy)).toEqual({ code: 0, stdout: tidy, stderr: '' });
  });

  it('-check reports unformatted stdin with exit 3 and no output', async () => {
    expect(await fmt(['-check', '-'], messy)).toEqual({ code: 3, stdout: '', stderr: '' });
  });

  it('never prints a diff for stdin', async () => {
    expect((await fmt(['-diff', '-'], messy)).stdout).toBe(tidy);
  });
});

describe('kiln fmt errors', () => {
  it('refuses files with syntax errors and leaves them untouched', async () => {
    write('bad.pkr.hcl', "a = 'x'\n");
    write('good.pkr.hcl', messy);
    const r = await fmt(['.']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^good\.pkr\.hcl\nError: encountered an error while formatting bad\.pkr\.hcl\n\n\d+ errors? occurred:\n\t\* bad\.pkr\.hcl:1,5-6: Invalid character; /,
    );
    expect(read('bad.pkr.hcl')).toBe("a = 'x'\n");
    expect(read('good.pkr.hcl')).toBe(tidy);
  });

  it('rejects files that are not HCL', async () => {
    write('x.json', '{}');
    const r = await fmt(['x.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('Error: encountered an error while formatting x.json\n\nfile x.json is not a HCL file\n\n\n');
  });

  it('reports missing files', async () => {
    const r = await fmt(['nope.pkr.hcl']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'Error: encountered an error while formatting nope.pkr.hcl\n\n' +
        'failed to open nope.pkr.hcl: open nope.pkr.hcl: no such file or directory\n\n\n',
    );
  });

  it('prints the usage and exits 1 without a path', async () => {
    expect(await fmt([])).toEqual({ code: 1, stdout: `${fmtHelp}\n`, stderr: '' });
  });

  it('prints the usage and exits 1 on an unknown flag', async () => {
    const r = await fmt(['-bogus', '.']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${fmtHelp}\n`);
    expect(r.stderr).toBe('flag provided but not defined: -bogus\n');
  });

  it('prints the usage and exits 0 for -h', async () => {
    expect(await fmt(['-h'])).toEqual({ code: 0, stdout: `${fmtHelp}\n`, stderr: '' });
  });

  it('accepts and ignores the common -var style flags', async () => {
    write('a.pkr.hcl', tidy);
    expect((await fmt(['-var', 'x=1', '-only=a,b', 'a.pkr.hcl'])).code).toBe(0);
  });
});

describe('multiErrorText', () => {
  const range = (line: number) => ({
    filename: 'f.pkr.hcl',
    start: { line, column: 1, byte: 0 },
    end: { line, column: 3, byte: 2 },
  });
  it.each([
    [
      'one error',
      [{ severity: 'error' as const, summary: 'S', detail: 'D.', subject: range(1) }],
      '1 error occurred:\n\t* f.pkr.hcl:1,1-3: S; D.\n\n',
    ],
    [
      'two errors, warnings left out',
      [
        { severity: 'error' as const, summary: 'A', detail: 'x', subject: range(1) },
        { severity: 'warning' as const, summary: 'W' },
        { severity: 'error' as const, summary: 'B', detail: 'y', subject: range(2) },
      ],
      '2 errors occurred:\n\t* f.pkr.hcl:1,1-3: A; x\n\t* f.pkr.hcl:2,1-3: B; y\n\n',
    ],
  ])('%s', (_name, diags, want) => {
    expect(multiErrorText(diags)).toBe(want);
  });
});
