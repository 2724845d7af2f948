// `kiln console` end to end in-process: flags, line handling, output streams and the exit status.
import { describe, it, expect } from 'vitest';
import { runCli } from '../run-cli.js';
import { createTestIO } from '../test-io.js';

async function consoleRun(stdin: string, argv: string[] = [], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  const t = createTestIO({ stdin, ...(cwd !== undefined ? { cwd } : {}) });
  const code = await runCli(['console', ...argv], t.io);
  return { code, out: t.stdout(), err: t.stderr() };
}

describe('kiln console', () => {
  it('prints each result on its own', async () => {
    const r = await consoleRun('1 + 2\nupper("hello ${1 + 2}")\n[1, "a"]\n');
    expect(r).toEqual({ code: 0, out: '3\nHELLO 3\n[\n  1,\n  "a",\n]\n', err: '' });
  });

  it('prints arbitrary-precision arithmetic like Packer', async () => {
    expect((await consoleRun('0.1 + 0.2\n')).out).toBe('0.3\n');
  });

  it('trims lines, skips blank ones and accepts CRLF', async () => {
    expect((await consoleRun('  1  \r\n\n\n"x"\r\n')).out).toBe('1\nx\n');
  });

  it('renders errors as diagnostics without source, and keeps going', async () => {
    const r = await consoleRun('nosuch(1)\n2\n');
    expect(r.err).toBe(
      'Error: Call to unknown function\n\n  on <console-input> line 1:\n  (source code not available)\n\nThere is no function named "nosuch".\n\n\n',
    );
    expect(r.out).toBe('2\n');
    // Like Packer, the status comes from the last line that produced diagnostics.
    expect(r.code).toBe(1);
  });

  it('exits 0 when no line failed', async () => {
    expect((await consoleRun('1\n')).code).toBe(0);
    expect((await consoleRun('')).code).toBe(0);
  });

  it('stops at exit', async () => {
    expect((await consoleRun('1\nexit\n2\n')).out).toBe('1\n');
  });

  it('prints help and the variables', async () => {
    expect((await consoleRun('help\n')).out).toMatch(/^Kiln console HCL2 Mode\.\n/);
    expect((await consoleRun('variables\n')).out).toBe('> input-variables:\n\n\n> local-variables:\n\n\n');
  });

  it('defines path, packer, source and build like Packer without a template', async () => {
    const r = await consoleRun('path.root\npath.cwd\nsource.name\nbuild\nvar\nlocal\npacker.version\n', [], '/some/dir');
    expect(r.out).toMatch(/^\.\n\/some\/dir\n<unknown>\n<unknown>\n\{\}\n\{\}\n\d+\.\d+\.\d+\S*\n$/);
  });

  it('reports an undeclared -var as Packer does', async () => {
    const r = await consoleRun('1\n', ['-var', 'foo=bar']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'Error: Undefined -var variable\n\nA "foo" variable was passed in the command line but was not found in known\nvariables. To declare variable "foo", place this block in one of your .pkr\nfiles, such as variables.pkr.hcl\n\n\n',
    );
    expect(r.out).toBe('');
  });

  it('rejects a -var without =', async () => {
    const r = await consoleRun('', ['-var', 'foo']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`invalid value "foo" for flag -var: No '=' value in arg: foo\n`);
  });

  it('refuses a -var-file without a template', async () => {
    const r = await consoleRun('', ['-var-file', 'x.pkrvars.hcl']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('needs a TEMPLATE');
  });

  it('takes at most one template', async () => {
    const r = await consoleRun('', ['a.pkr.hcl', 'b.pkr.hcl']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Usage: kiln console/);
  });
});

describe('kiln console TEMPLATE', () => {
  const dir = new URL('../../../test/fixtures/templates/console-values', import.meta.url).pathname;

  it('evaluates in the template scope, with -var applied', async () => {
    const r = await consoleRun('var.name\nlocal.greeting\nupper(local.greeting)\npath.root\n', ['-var', 'name=x', 't.pkr.hcl'], dir);
    expect(r).toEqual({ code: 0, out: 'x\nhello x\nHELLO X\n.\n', err: '' });
  });

  it('lists the variables and locals', async () => {
    const r = await consoleRun('variables\n', ['t.pkr.hcl'], dir);
    expect(r.out).toContain('var.name: "kiln"\n');
    expect(r.out).toContain('local.greeting: "hello kiln"\n');
  });

  it('reports a template that does not load', async () => {
    const r = await consoleRun('1\n', ['nonexistent.pkr.hcl'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
  });
});
