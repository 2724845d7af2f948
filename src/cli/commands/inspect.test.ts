// `kiln inspect`: Packer 1.6.6's HCL2-mode and JSON-mode listings (each expectation checked against packer inspect).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { createTestIO } from '../test-io.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/templates');

async function inspect(caseName: string, argv: string[] = ['.']): Promise<{ code: number; out: string; err: string }> {
  const t = createTestIO({ cwd: join(fixtures, caseName) });
  const code = await runCli(['inspect', ...argv], t.io);
  return { code, out: t.stdout(), err: t.stderr() };
}

describe('kiln inspect', () => {
  it('lists variables, locals and builds in HCL2 mode', async () => {
    const r = await inspect('post-processors-mixed-named');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'Packer Inspect: HCL2 mode\n\n> input-variables:\n\n\n> local-variables:\n\n\n> builds:\n\n  > <unnamed build 0>:\n\n' +
        '    sources:\n\n      null.a\n\n    provisioners:\n\n      <no provisioner>\n\n    post-processors:\n\n' +
        '      0:\n        shell-local.notify\n\n      1:\n        manifest\n        shell-local\n\n',
    );
  });

  it('masks sensitive variables', async () => {
    const r = await inspect('variable-sensitive');
    expect(r.out).toContain('var.secret: "<sensitive>"\n');
    expect(r.out).not.toContain('hunter2');
  });

  it('prints names and descriptions of build blocks', async () => {
    const r = await inspect('build-description');
    expect(r.out).toContain('\n  > web:\n\n  > Description: The web image\n\n    sources:\n\n      null.a\n');
  });

  it('lists a legacy JSON template in JSON mode', async () => {
    const r = await inspect('json-provisioners-post-processor-chains', ['template.json']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'Packer Inspect: JSON mode\nVariables:\n\n  <No variables>\n\nBuilders:\n\n  first  (null)\n  second (null)\n\n' +
        'Provisioners:\n\n  shell-local\n  shell-local\n\n' +
        "Note: If your build names contain user variables or template\nfunctions such as 'timestamp', these are processed at build time,\nand therefore only show in their raw form here.\n",
    );
  });

  it('masks sensitive variables in JSON mode', async () => {
    const r = await inspect('json-sensitive-variables', ['template.json']);
    expect(r.out).toContain('Optional variables and their defaults:\n\n  password = <sensitive>\n');
  });

  it('explains a broken template with its line', async () => {
    const r = await inspect('error-unknown-source-in-build');
    expect(r.code).toBe(1);
    expect(r.err).toContain('on t.pkr.hcl line 5');
  });
});
