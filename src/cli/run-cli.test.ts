// Dispatch as Packer's mitchellh/cli does it: usage, help, version, unknown commands, and exit statuses.
import { describe, it, expect } from 'vitest';
import { processArgs, runCli } from './run-cli.js';
import { createTestIO } from './test-io.js';
import { renderUsage } from './usage.js';

describe('processArgs', () => {
  const cases: [string[], ReturnType<typeof processArgs>][] = [
    [[], { command: '', commandArgs: [], help: false, version: false }],
    [['-h'], { command: '', commandArgs: [], help: true, version: false }],
    [['--version'], { command: '', commandArgs: [], help: false, version: true }],
    [['console', '-var', 'a=1'], { command: 'console', commandArgs: ['-var', 'a=1'], help: false, version: false }],
    [['console', '-v'], { command: 'console', commandArgs: ['-v'], help: false, version: false }],
    [['fmt', '-check', '-help'], { command: 'fmt', commandArgs: ['-check', '-help'], help: true, version: false }],
    [['fmt', '--', '-h'], { command: 'fmt', commandArgs: ['--', '-h'], help: false, version: false }],
    [['-x', 'build'], { command: 'build', commandArgs: [], help: false, version: false }],
  ];
  for (const [argv, want] of cases) it(argv.join(' ') || '(none)', () => expect(processArgs(argv)).toEqual(want));
});

describe('runCli', () => {
  it('prints the usage and exits 127 without a command', async () => {
    const t = createTestIO();
    expect(await runCli([], t.io)).toBe(127);
    expect(t.stdout()).toBe(renderUsage() + '\n');
  });

  it('lists every command like Packer', () => {
    expect(renderUsage()).toBe(
      'Usage: kiln [--version] [--help] <command> [<args>]\n\n' +
        'Available commands are:\n' +
        '    build           build image(s) from template\n' +
        '    console         creates a console for testing variable interpolation\n' +
        '    fmt             Rewrites HCL2 config files to canonical format\n' +
        '    hcl2_upgrade    transform a JSON template into an HCL2 configuration\n' +
        '    init            Install missing plugins or upgrade plugins\n' +
        '    inspect         see components of a template\n' +
        '    validate        check that a template is valid\n' +
        '    version         Prints the Kiln version\n',
    );
  });

  for (const flag of ['-h', '--help', '-help']) {
    it(`${flag} prints the usage and exits 0`, async () => {
      const t = createTestIO();
      expect(await runCli([flag], t.io)).toBe(0);
      expect(t.stdout()).toContain('Available commands are:');
    });
  }

  for (const argv of [['version'], ['--version'], ['-v'], ['-version']]) {
    it(`${argv.join(' ')} prints the version`, async () => {
      const t = createTestIO();
      expect(await runCli(argv, t.io)).toBe(0);
      expect(t.stdout()).toMatch(/^Kiln v\d+\.\d+\.\d+\S*\n$/);
    });
  }

  it('suggests a command for a typo', async () => {
    const t = createTestIO();
    expect(await runCli(['buld'], t.io)).toBe(127);
    expect(t.stderr()).toMatch(/^kiln: unknown command "buld". Did you mean "build"\?\n\nUsage: kiln/);
  });

  it('has no suggestion for something far off', async () => {
    const t = createTestIO();
    expect(await runCli(['frobnicate'], t.io)).toBe(127);
    expect(t.stderr()).toMatch(/^kiln: unknown command "frobnicate".\n/);
  });

  for (const cmd of ['build', 'console', 'fmt', 'hcl2_upgrade', 'init', 'inspect', 'validate', 'version']) {
    it(`${cmd} -h prints the command's help`, async () => {
      const t = createTestIO();
      expect(await runCli([cmd, '-h'], t.io)).toBe(0);
      expect(t.stdout().length).toBeGreaterThan(10);
      expect(t.stdout().endsWith('\n')).toBe(true);
      if (cmd !== 'version' && cmd !== 'fmt') expect(t.stdout()).toMatch(new RegExp(`^Usage: kiln ${cmd}`));
    });
  }

  it('reports an unknown command flag with Go wording and the usage', async () => {
    const t = createTestIO();
    expect(await runCli(['console', '-foo'], t.io)).toBe(1);
    expect(t.stderr()).toBe('flag provided but not defined: -foo\n');
    expect(t.stdout()).toMatch(/^Usage: kiln console/);
  });

  const typos: [string, string, string][] = [
    ['build', '-vars', '-var'],
    ['validate', '-syntax-onyl', '-syntax-only'],
    ['inspect', '-machine-readble', '-machine-readable'],
    ['console', '-var-files', '-var-file'],
    ['fmt', '-chek', '-check'],
    ['hcl2_upgrade', '-output-fil', '-output-file'],
  ];
  for (const [cmd, typed, known] of typos) {
    it(`${cmd} suggests ${known} for ${typed} after Go's line`, async () => {
      const t = createTestIO();
      expect(await runCli([cmd, typed, 'x'], t.io)).toBe(1);
      expect(t.stderr()).toBe(`flag provided but not defined: ${typed}\nDid you mean ${known}?\n`);
      expect(t.stdout()).toMatch(/^Usage: kiln /);
    });
  }
});
