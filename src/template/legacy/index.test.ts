import { trackedTempDir } from '../../../test/support/temp-dirs.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Value } from '../../hcl/value/value.js';
import type { LoadOptions } from '../files.js';
import { PACKER_COMPAT_VERSION } from '../packer-version.js';
import { createFakeRegistry } from './fake-registry.js';
import { loadLegacyJsonTemplate } from './index.js';
import { createDefaultRegistry } from '../../plugins/registry.js';

function setup(template: unknown, over: Partial<LoadOptions> = {}): LoadOptions {
  const dir = trackedTempDir('kiln-legacy-');
  writeFileSync(join(dir, 't.json'), typeof template === 'string' ? template : JSON.stringify(template, null, 2));
  return {
    path: 't.json',
    cwd: dir,
    env: {},
    inputs: [],
    only: [],
    except: [],
    mode: 'validate',
    evaluateDatasources: false,
    syntaxOnly: false,
    packerVersion: PACKER_COMPAT_VERSION,
    ...over,
  };
}

const load = (opts: LoadOptions) => loadLegacyJsonTemplate(opts, createFakeRegistry());

describe('loadLegacyJsonTemplate', () => {
  it('reads arrays nested thousands deep (as Go\'s decoder allows) without running out of stack', async () => {
    const deep = '['.repeat(9000) + '"{{ user `v` "' + ']'.repeat(9000);
    const res = await load(setup(`{"variables":{"v":"a"},"builders":[{"type":"null","bogus":${deep}}]}`));
    expect(res.diagnostics.map((d) => d.summary)).toEqual(['Template error', 'Unsupported argument']);
    expect(res.diagnostics[0]!.detail).toMatch(/^invalid 'bogus': /);
  });

  it('keeps build data for the build, and fills it in redecode', async () => {
    const res = await load(setup({ builders: [{ type: 'null', boot: 'http://{{ .HTTPIP }}:{{ .HTTPPort }}/', id: '{{ build `ID` }}' }] }));
    const b = res.plan!.builds[0]!;
    expect(b.builder.config).toEqual({ boot: 'http://{{ .HTTPIP }}:{{ .HTTPPort }}/', id: '{{ build `ID` }}' });
    const again = b.builder.redecode(new Map([['HTTPIP', Value.string('10.0.2.2')], ['HTTPPort', Value.number(8080)], ['ID', Value.string('i-1')]]));
    expect(again.diagnostics).toEqual([]);
    expect(again.config).toEqual({ boot: 'http://10.0.2.2:8080/', id: 'i-1' });
  });

  it("leaves the build data of arguments a plugin renders itself (Packer's Exclude) for the plugin, with user variables filled in", async () => {
    const tpl = {
      variables: { sh: 'sh' },
      builders: [{ type: 'docker', image: 'debian', commit: true, run_command: ['-d', '--', '{{ .Image }}'] }],
      provisioners: [{ type: 'shell', inline: ['true'], execute_command: "chmod +x {{ .Path }}; {{ .Vars }} {{user `sh`}} '{{ .Path }}'" }],
      'post-processors': [{ type: 'compress', output: '{{ .BuildName }}-{{user `sh`}}.tar.gz' }],
    };
    const res = await loadLegacyJsonTemplate(setup(tpl), createDefaultRegistry());
    expect(res.diagnostics).toEqual([]);
    const b = res.plan!.builds[0]!;
    const data = new Map([['ID', Value.string('c1')], ['Path', Value.string('/wrong')]]);
    expect((b.builder.redecode(data).config as { run_command: string[] }).run_command).toEqual(['-d', '--', '{{ .Image }}']);
    const shell = b.provisioners[0]!.redecode(data).config as { execute_command: string };
    expect(shell.execute_command).toBe("chmod +x {{ .Path }}; {{ .Vars }} sh '{{ .Path }}'");
    const compress = b.postProcessorChains[0]![0]!.redecode(data).config as { output: string };
    expect(compress.output).toBe('{{ .BuildName }}-sh.tar.gz');
  });

  it('filters builds with -only and -except globs', async () => {
    const tpl = { builders: [{ type: 'null', name: 'web-1' }, { type: 'null', name: 'web-2' }, { type: 'file', name: 'db' }] };
    expect((await load(setup(tpl, { only: ['web-*'] }))).plan!.builds.map((b) => b.name)).toEqual(['web-1', 'web-2']);
    expect((await load(setup(tpl, { except: ['web-1'] }))).plan!.builds.map((b) => b.name)).toEqual(['web-2', 'db']);
  });

  it('gives undeclared user variables the empty string, and takes -var for required ones', async () => {
    const opts = setup({ variables: { need: null, greet: 'hi {{user `need`}}' }, builders: [{ type: 'null', a: '{{user `greet`}}|{{user `nope`}}|' }] }, { inputs: [{ kind: 'var', text: 'need=you' }] });
    const res = await load(opts);
    expect(res.diagnostics).toEqual([]);
    expect(res.plan!.builds[0]!.builder.config).toEqual({ a: 'hi you||' });
    expect(res.plan!.variables.map((v) => [v.name, v.value.asString()])).toEqual([
      ['need', 'you'],
      ['greet', 'hi you'],
    ]);
  });

  it('points template errors at the action inside the JSON string', async () => {
    const res = await load(setup('{\n  "builders": [{"type": "null", "x": "ab {{ oops }}"}]\n}\n'));
    const d = res.diagnostics[0]!;
    expect(d.detail).toBe("invalid 'x': template: root:1: function \"oops\" not defined");
    expect(d.subject).toMatchObject({ filename: 't.json', start: { line: 2, column: 45 }, end: { line: 2, column: 49 } });
  });

  it('marks sensitive variables and lists their values', async () => {
    const res = await load(setup({ variables: { pw: 's3cret' }, 'sensitive-variables': ['pw'], builders: [{ type: 'null' }] }));
    expect(res.plan!.sensitiveValues).toEqual(['s3cret']);
    expect(res.plan!.variables[0]!.sensitive).toBe(true);
    expect(res.plan!.variables[0]!.value.isSensitive).toBe(true);
  });

  it('stops after parsing with -syntax-only', async () => {
    const res = await load(setup({ variables: { need: null }, builders: [{ type: 'null' }] }, { syntaxOnly: true }));
    expect(res.plan).toBeUndefined();
    expect(res.diagnostics).toEqual([]);
  });

  it('reads -var-file JSON files, later inputs winning', async () => {
    const opts = setup({ variables: { a: 'default' }, builders: [{ type: 'null', v: '{{user `a`}}' }] });
    writeFileSync(join(opts.cwd, 'v.json'), '{"a": "from file"}');
    const withFile = await load({ ...opts, inputs: [{ kind: 'var', text: 'a=cli' }, { kind: 'var-file', text: 'v.json' }] });
    expect(withFile.plan!.builds[0]!.builder.config).toEqual({ v: 'from file' });
    const withVar = await load({ ...opts, inputs: [{ kind: 'var-file', text: 'v.json' }, { kind: 'var', text: 'a=cli' }] });
    expect(withVar.plan!.builds[0]!.builder.config).toEqual({ v: 'cli' });
  });

  it('reports a missing template file', async () => {
    const res = await load(setup({}, { path: 'missing.json' }));
    expect(res.diagnostics[0]!.summary).toBe('Failed to read template');
  });
});
