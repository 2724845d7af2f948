// The bundled executable (bin/kiln → dist/kiln.mjs): startup, exit statuses and real stdin/stdout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, it, expect } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/kiln');

function kiln(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input: input ?? '', encoding: 'utf8', env: { ...process.env, KILN_LOG: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/kiln', () => {
  beforeAll(() => {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  });

  it('prints the version from package.json', () => {
    const r = kiln(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Kiln v0\.\d+\.\d+\S*\n$/);
    expect(kiln(['version']).stdout).toBe(r.stdout);
  });

  it('prints the usage with status 127 when no command is given', () => {
    const r = kiln([]);
    expect(r.status).toBe(127);
    expect(r.stdout).toMatch(/^Usage: kiln \[--version\] \[--help\] <command> \[<args>\]/);
  });

  it('suggests a command', () => {
    const r = kiln(['consle']);
    expect(r.status).toBe(127);
    expect(r.stderr).toContain('Did you mean "console"?');
  });

  it('evaluates piped console input', () => {
    const r = kiln(['console'], 'upper("hello ${1 + 2}")\n0.1 + 0.2\n');
    expect(r).toEqual({ status: 0, stdout: 'HELLO 3\n0.3\n', stderr: '' });
  });

  it('formats through the cached command loader, run after run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiln-main-test-'));
    try {
      const file = join(dir, 'a.pkr.hcl');
      for (let i = 0; i < 2; i++) {
        writeFileSync(file, 'a=1\nbb = "x"\n');
        const r = kiln(['fmt', file]);
        expect(r).toEqual({ status: 0, stdout: `${file}\n`, stderr: '' });
        expect(readFileSync(file, 'utf8')).toBe('a  = 1\nbb = "x"\n');
      }
      // -diff loads node:child_process lazily, which the loader turns into require().
      writeFileSync(file, 'a=1\n');
      const d = kiln(['fmt', '-diff', file]);
      expect(d.status).toBe(0);
      expect(d.stdout).toContain('-a=1\n+a = 1\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints no stack trace for a user mistake', () => {
    const r = kiln(['console', '-nope']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('flag provided but not defined: -nope\n');
  });
});
