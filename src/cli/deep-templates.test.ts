// Templates that nest thousands of levels deep: valid ones validate and print, none crash.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackedTempDir } from '../../test/support/temp-dirs.js';
import { runCli } from './run-cli.js';
import { createTestIO } from './test-io.js';

const depth = 5000;
const tuple = '['.repeat(depth) + '1' + ']'.repeat(depth);
const nullBuild = 'source "null" "a" {\n  communicator = "none"\n}\nbuild {\n  sources = ["source.null.a"]\n}\n';

async function run(args: string[], files: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const dir = trackedTempDir('kiln-deep-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const t = createTestIO({ cwd: dir });
  const code = await runCli(args, t.io);
  return { code, out: t.stdout(), err: t.stderr() };
}

describe('deeply nested templates', () => {
  it('validates HCL with deep brackets, parentheses, objects and interpolations', async () => {
    const hcl =
      `locals {\n  t = ${tuple}\n  p = ${'('.repeat(depth)}1${')'.repeat(depth)}\n  o = ${'{a='.repeat(depth)}1${'}'.repeat(depth)}\n` +
      `  s = "${'${"'.repeat(1000)}a${'"}'.repeat(1000)}"\n  n = length(jsonencode(local.t))\n}\n` + nullBuild;
    const r = await run(['validate', 't.pkr.hcl'], { 't.pkr.hcl': hcl });
    expect(r.err).toBe('');
    expect(r.out).toBe('The configuration is valid.\n');
  });

  it('validates a JSON-syntax variable default nested deep', async () => {
    const json = `{"variable":{"v":{"default":${tuple}}},"source":{"null":{"a":{"communicator":"none"}}},"build":{"sources":["source.null.a"]}}`;
    const r = await run(['validate', 't.pkr.json'], { 't.pkr.json': json });
    expect(r.err).toBe('');
    expect(r.out).toBe('The configuration is valid.\n');
  });

  it('prints a deep local in inspect', async () => {
    const files = { 't.pkr.hcl': `locals {\n  t = ${'['.repeat(1000)}1${']'.repeat(1000)}\n}\n` + nullBuild };
    const r = await run(['inspect', 't.pkr.hcl'], files);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`local.t: "[\\n  [\\n`);
  });
});
