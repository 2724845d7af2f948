// Oracle: Debian's packer 1.6.6 and kiln agree on which legacy fixtures are valid (where 1.6.6 has the feature).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createDefaultRegistry } from '../../plugins/registry.js';
import { listLegacyFixtures } from './fixture-harness.js';
import { loadLegacyJsonTemplate } from './index.js';

const packerAvailable = spawnSync('sh', ['-c', 'command -v packer'], { stdio: 'ignore' }).status === 0;
/** Fixtures using functions newer than 1.6.6 (clean_resource_name). */
const newerThanOracle = new Set(['interpolation-functions']);
const fixtures = listLegacyFixtures().filter((f) => !newerThanOracle.has(f.name));

describe.runIf(packerAvailable)('legacy fixtures vs packer validate', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_n, fx) => {
    const args = ['validate'];
    for (const i of fx.opts.inputs) args.push(i.kind === 'var' ? `-var=${i.text}` : `-var-file=${i.text}`);
    args.push(fx.opts.path);
    const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', CHECKPOINT_DISABLE: '1' };
    for (const [k, v] of Object.entries(fx.opts.env)) if (v !== undefined) env[k] = v;
    const packer = spawnSync('packer', args, { cwd: fx.dir, env, encoding: 'utf8', timeout: 60_000 });
    const kiln = await loadLegacyJsonTemplate(fx.opts, createDefaultRegistry());
    const kilnOk = !kiln.diagnostics.some((d) => d.severity === 'error');
    expect(kilnOk, `packer said:\n${packer.stdout}${packer.stderr}`).toBe(packer.status === 0);
  }, 60_000);
});
