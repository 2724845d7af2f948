// `kiln validate` end to end in-process on the template fixtures: messages, streams and exit codes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { createTestIO } from '../test-io.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/templates');

async function validate(caseName: string, argv: string[] = ['.']): Promise<{ code: number; out: string; err: string }> {
  const t = createTestIO({ cwd: join(fixtures, caseName) });
  const code = await runCli(['validate', ...argv], t.io);
  return { code, out: t.stdout(), err: t.stderr() };
}

describe('kiln validate', () => {
  it('says a valid template is valid', async () => {
    expect(await validate('basic-null')).toEqual({ code: 0, out: 'The configuration is valid.\n', err: '' });
  });

  it('accepts a file path and double-dash flags', async () => {
    expect((await validate('basic-null', ['--syntax-only', 't.pkr.hcl'])).out).toBe('Syntax-only check passed. Everything looks okay.\n');
  });

  it('renders errors with their snippet on stderr and exits 1', async () => {
    const r = await validate('error-unknown-source-in-build');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('Error: Unknown source null.b\n\n  on t.pkr.hcl line 5, in build:\n   5:   sources = ["source.null.b"]\n');
  });

  it('prints machine-readable lines', async () => {
    expect((await validate('basic-null', ['-machine-readable', '.'])).out).toMatch(/^\d+,,ui,say,The configuration is valid\.\n$/);
  });

  it('passes -only to the loader', async () => {
    expect((await validate('error-unknown-builder-type-with-only', ['-only=null.a', '.'])).code).toBe(1);
    expect((await validate('only-one-build', ['-only=null.b', '.'])).code).toBe(0);
  });

  it('prints usage and exits 1 without exactly one template', async () => {
    const none = await validate('basic-null', []);
    expect(none.code).toBe(1);
    expect(none.out).toMatch(/^Usage: kiln validate \[options\] TEMPLATE/);
    expect((await validate('basic-null', ['a', 'b'])).code).toBe(1);
  });

  it('says why the arguments are wrong: no template, or flags after it', async () => {
    expect((await validate('basic-null', [])).err).toBe(
      'validate: a TEMPLATE argument is required: a .pkr.hcl or .pkr.json file, a directory of them, or a legacy JSON template.\n',
    );
    expect((await validate('basic-null', ['.', '-var', 'x=1'])).err).toBe(
      'validate: exactly one TEMPLATE argument is expected, but 3 were given: "." "-var" "x=1". Options must come before the TEMPLATE: "-var" after it is read as another argument, so write `kiln validate -var ... .`.\n',
    );
  });

  it('reports unknown flags as Go flag does', async () => {
    const r = await validate('basic-null', ['-bogus', '.']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('flag provided but not defined: -bogus\n');
  });

  it('has help', async () => {
    const t = createTestIO();
    expect(await runCli(['validate', '-h'], t.io)).toBe(0);
    expect(t.stdout()).toMatch(/-evaluate-datasources/);
  });
});

describe('kiln validate warnings', () => {
  it('prints undeclared var-file values as warnings on stdout and stays valid', async () => {
    const r = await validate('warning-undeclared-in-var-file', ['-var-file=vars.pkrvars.hcl', '.']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Warning: Undefined variable\n/);
    expect(r.out).toMatch(/The configuration is valid\.\n$/);
  });

  it('drops them with -no-warn-undeclared-var', async () => {
    const r = await validate('warning-undeclared-in-var-file', ['-no-warn-undeclared-var', '-var-file=vars.pkrvars.hcl', '.']);
    expect(r).toEqual({ code: 0, out: 'The configuration is valid.\n', err: '' });
  });
});
