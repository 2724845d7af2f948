import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackedTempDir } from '../../../test/support/temp-dirs.js';
import { runCli } from '../run-cli.js';
import { createTestIO } from '../test-io.js';

function dirWith(files: Record<string, string>): string {
  const dir = trackedTempDir('kiln-init-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const packerBlock = (plugins: string) => `packer {\n  required_plugins {\n${plugins}  }\n}\n`;
const docker = '    docker = {\n      version = ">= 1.0.8"\n      source  = "github.com/hashicorp/docker"\n    }\n';

describe('kiln init', () => {
  it('accepts built-in plugins, as an installed plugin, and says so', async () => {
    const cwd = dirWith({ 'p/main.pkr.hcl': packerBlock(docker) });
    const t = createTestIO({ cwd });
    expect(await runCli(['init', '-upgrade', 'p'], t.io)).toBe(0);
    expect(t.stdout()).toBe('Plugin "docker" (github.com/hashicorp/docker >= 1.0.8) is built into kiln: nothing to install.\n');
    expect(t.stderr()).toBe('');
  });

  it('fails for a plugin kiln does not have, naming it and where it is required', async () => {
    const cwd = dirWith({ 't.pkr.hcl': packerBlock(`${docker}    vsphere = {\n      version = ">= 1.2.0"\n      source  = "github.com/hashicorp/vsphere"\n    }\n`) });
    const t = createTestIO({ cwd });
    expect(await runCli(['init', 't.pkr.hcl'], t.io)).toBe(1);
    expect(t.stderr()).toContain('Error: Failed getting the "github.com/hashicorp/vsphere" plugin');
    expect(t.stderr()).toContain('on t.pkr.hcl line 7, in packer:');
    expect(t.stdout()).not.toContain('Plugin not built in');
  });

  it("prints Packer's note when nothing is required (also for legacy JSON templates)", async () => {
    const cwd = dirWith({ 'a.pkr.hcl': 'source "null" "n" {\n  communicator = "none"\n}\n', 'l.json': '{"builders":[{"type":"null"}]}' });
    for (const path of ['a.pkr.hcl', 'l.json']) {
      const t = createTestIO({ cwd });
      expect(await runCli(['init', path], t.io)).toBe(0);
      expect(t.stdout()).toContain('No plugins requirement found');
    }
  });

  it('needs exactly one TEMPLATE, and reports a file that does not exist', async () => {
    const cwd = dirWith({});
    const t = createTestIO({ cwd });
    expect(await runCli(['init'], t.io)).toBe(1);
    expect(t.stdout()).toMatch(/^Usage: kiln init/);
    const u = createTestIO({ cwd });
    expect(await runCli(['init', 'missing.pkr.hcl'], u.io)).toBe(1);
    expect(u.stderr()).toContain('missing.pkr.hcl');
  });
});
