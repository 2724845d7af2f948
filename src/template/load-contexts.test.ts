import { describe, expect, it } from 'vitest';
import { brief, load, nullSource } from './load-test-support.js';

const two = `${nullSource}source "null" "b" {\n  communicator = "none"\n}\n`;

describe('loadTemplate: contexts and modes', () => {
  it('gives builders source.name and source.type, using the build-local name', async () => {
    const r = await load({
      't.pkr.hcl': `source "file" "f" {\n  content = "\${source.type}/\${source.name}"\n  target  = "out"\n}\nbuild {\n  source "file.f" {\n    name = "renamed"\n  }\n}\n`,
    });
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.plan?.builds[0]?.builder.config).toMatchObject({ content: 'file/renamed' });
  });

  it('gives provisioners build.name and rejects build data in builders', async () => {
    const ok = await load({ 't.pkr.hcl': `${nullSource}build {\n  name = "bn"\n  sources = ["null.a"]\n  provisioner "shell-local" {\n    inline = ["\${build.name}"]\n  }\n}\n` });
    expect(brief(ok.diagnostics)).toEqual([]);
    expect(ok.plan?.builds[0]?.provisioners[0]?.config).toMatchObject({ inline: ['bn'] });
    const bad = await load({ 't.pkr.hcl': `source "file" "f" {\n  content = build.ID\n  target = "x"\n}\nbuild {\n  sources = ["file.f"]\n}\n` });
    expect(brief(bad.diagnostics)).toEqual(['E Unsupported attribute @t.pkr.hcl:2:18']);
  });

  it('plans the error-cleanup-provisioner and allows only one', async () => {
    const r = await load({ 't.pkr.hcl': `${nullSource}build {\n  sources = ["null.a"]\n  error-cleanup-provisioner "shell-local" {\n    inline = ["clean"]\n  }\n}\n` });
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.plan?.builds[0]?.errorCleanupProvisioner?.config).toMatchObject({ inline: ['clean'] });
    const two = `  error-cleanup-provisioner "shell-local" {\n    inline = ["clean"]\n  }\n`;
    const bad = await load({ 't.pkr.hcl': `${nullSource}build {\n  sources = ["null.a"]\n${two}${two}}\n` });
    expect(brief(bad.diagnostics)).toEqual(['E Only one error-cleanup-provisioner is allowed @t.pkr.hcl:9:3']);
  });

  it('expands dynamic blocks inside source bodies and dynamic source blocks in builds', async () => {
    const r = await load({
      't.pkr.hcl': `${two}locals {\n  names = ["a", "b"]\n}\nbuild {\n  dynamic "source" {\n    for_each = local.names\n    labels   = ["null.\${source.value}"]\n    content {\n      name = "n-\${source.value}"\n    }\n  }\n}\n`,
    });
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.plan?.builds.map((b) => b.name)).toEqual(['null.n-a', 'null.n-b']);
  });

  it('reads .pkr.json templates with ranges on source strings', async () => {
    const r = await load({
      't.pkr.json': JSON.stringify({ source: { null: { a: { communicator: 'none' } } }, build: { sources: ['source.null.a', 'source.null.zz'] } }, null, 2),
    });
    expect(brief(r.diagnostics)).toEqual(['E Unknown source null.zz @t.pkr.json:12:7']);
  });

  it('delegates other .json files to the legacy JSON loader', async () => {
    const r = await load({ 'template.json': JSON.stringify({ builders: [{ type: 'null', communicator: 'none' }] }) }, { path: 'template.json' });
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.plan?.templateType).toBe('json');
    expect(r.plan?.builds.map((b) => b.name)).toEqual(['null']);
  });

  it('loads one named file, with path.root its directory', async () => {
    const r = await load({ 'sub/t.pkr.hcl': `${nullSource}build {\n  sources = ["null.a"]\n}\n`, 'sub/other.pkr.hcl': 'bogus {}\n' }, { path: 'sub/t.pkr.hcl' });
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.plan?.rootDir).toBe('sub');
  });

  it('lists builds for inspect even when a component does not decode, and has no build block requirement', async () => {
    const r = await load({ 't.pkr.hcl': `source "null" "a" {\n  bogus = 1\n}\nbuild {\n  sources = ["null.a"]\n}\n` }, { mode: 'inspect' });
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.plan?.builds.map((b) => b.name)).toEqual(['null.a']);
    const empty = await load({ 't.pkr.hcl': 'locals {\n  x = 1\n}\n' }, { mode: 'console' });
    expect(brief(empty.diagnostics)).toEqual([]);
    expect(empty.ctx?.lookupVariable('local')?.attributes().get('x')?.asNum().toNumber()).toBe(1);
  });

  it('does not configure components when references are broken', async () => {
    const r = await load({ 't.pkr.hcl': `source "null" "a" {\n  bogus = 1\n}\nbuild {\n  sources = ["null.a", "null.nope"]\n}\n` });
    expect(brief(r.diagnostics)).toEqual(['E Unknown source null.nope @t.pkr.hcl:5:24']);
  });

  it('keeps the rest of a post-processor chain out when -except names one of its post-processors', async () => {
    const r = await load(
      { 't.pkr.hcl': `${nullSource}build {\n  sources = ["null.a"]\n  post-processors {\n    post-processor "manifest" {}\n    post-processor "checksum" {\n      name = "sums"\n    }\n    post-processor "compress" {}\n  }\n}\n` },
      { except: ['sums'] },
    );
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.plan?.builds[0]?.postProcessorChains.map((c) => c.map((p) => p.type))).toEqual([['manifest']]);
  });
});
