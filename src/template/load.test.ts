import { describe, expect, it } from 'vitest';
import { brief, load, nullSource } from './load-test-support.js';


describe('loadTemplate: files', () => {
  it('reports an empty directory as Packer does', async () => {
    const r = await load({ 'x.txt': '' });
    expect(brief(r.diagnostics)).toEqual(['E Could not find any config file in .']);
  });

  it('says what a folder without templates holds that may have been meant', async () => {
    const r = await load({ 'template.json': '{}', 'web.hcl': nullSource, 'x.pkrvars.hcl': 'a = 1\n', 'sub/t.pkr.hcl': nullSource });
    expect(brief(r.diagnostics)).toEqual(['E Could not find any config file in .']);
    const detail = r.diagnostics[0]?.detail ?? '';
    expect(detail).toContain('template.json may be a legacy JSON template: give it as the path itself.');
    expect(detail).toContain('web.hcl is not read: rename it to web.pkr.hcl.');
    expect(detail).toContain('sub has templates, but folders are not searched: give sub as the path.');
  });

  it('suggests the closest name for a template path that does not exist', async () => {
    const hcl = await load({ 'web.pkr.hcl': nullSource }, { path: 'wbe.pkr.hcl' });
    expect(hcl.diagnostics[0]?.detail).toBe('stat wbe.pkr.hcl: no such file or directory. Did you mean "web.pkr.hcl"?');
    const legacy = await load({ 'template.json': '{}' }, { path: 'templat.json' });
    expect(legacy.diagnostics[0]?.detail).toBe('Error reading templat.json: no such file or directory. Did you mean "template.json"?');
  });

  it('reads *.pkr.hcl then *.pkr.json, and ignores var files', async () => {
    const r = await load({
      'b.pkr.hcl': nullSource,
      'a.pkr.json': JSON.stringify({ build: { sources: ['source.null.a'] } }),
      'x.pkrvars.hcl': 'nope = 1\n',
    });
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.plan?.builds.map((b) => b.name)).toEqual(['null.a']);
    expect([...r.sources.keys()]).toEqual(['b.pkr.hcl', 'a.pkr.json']);
  });

  it('reports unsupported top-level blocks with a suggestion', async () => {
    const r = await load({ 't.pkr.hcl': 'sorce "null" "a" {}\n' });
    expect(brief(r.diagnostics)).toEqual(['E Unsupported block type @t.pkr.hcl:1:1']);
    expect(r.diagnostics[0]?.detail).toContain('Did you mean "source"?');
  });

  it('stops after parsing for -syntax-only', async () => {
    const r = await load({ 't.pkr.hcl': `build {\n  sources = ["null.missing"]\n}\n` }, { syntaxOnly: true });
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.plan).toBeUndefined();
  });
});

describe('loadTemplate: packer block', () => {
  it('stops on an unsupported required_version, naming the constraint', async () => {
    const r = await load({ 't.pkr.hcl': `packer {\n  required_version = ">= 99.0"\n}\nsorce "x" {}\n` });
    expect(brief(r.diagnostics)).toEqual(['E Unsupported Packer Core version @t.pkr.hcl:2:3']);
    expect(r.diagnostics[0]?.detail).toContain('">= 99.0"');
  });

  it('accepts a satisfied constraint and rejects malformed ones', async () => {
    expect(brief((await load({ 't.pkr.hcl': `packer {\n  required_version = "~> 1.2"\n}\n${nullSource}build {\n  sources = ["null.a"]\n}\n` })).diagnostics)).toEqual([]);
    const r = await load({ 't.pkr.hcl': `packer {\n  required_version = ">= 1.x"\n}\n` });
    expect(brief(r.diagnostics)).toEqual(['E Invalid version constraint @t.pkr.hcl:2:22']);
  });

  it('decodes required_plugins and warns about plugins that are not built in', async () => {
    const r = await load({
      't.pkr.hcl': `packer {\n  required_plugins {\n    amazon = {\n      source  = "github.com/hashicorp/amazon"\n      version = ">= 1.0.0"\n    }\n  }\n}\n${nullSource}build {\n  sources = ["null.a"]\n}\n`,
    });
    expect(brief(r.diagnostics)).toEqual(['W Plugin not built in @t.pkr.hcl:3:5']);
    const bad = await load({ 't.pkr.hcl': `packer {\n  required_plugins {\n    docker = ">= 1.0"\n  }\n}\n` });
    expect(brief(bad.diagnostics)).toEqual(['E Invalid plugin requirement @t.pkr.hcl:3:5']);
  });
});

describe('loadTemplate: sources and builds', () => {
  it('plans named builds with source blocks, local names and overrides merged', async () => {
    const r = await load({
      't.pkr.hcl': `source "null" "a" {\n  communicator = "none"\n}\nbuild {\n  name = "b"\n  description = "desc"\n  source "null.a" {\n    name = "renamed"\n  }\n  sources = ["source.null.a"]\n}\n`,
    });
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.plan?.builds.map((b) => [b.name, b.buildName, b.source.name, b.description])).toEqual([
      ['b.null.a', 'b', 'a', 'desc'],
      ['b.null.renamed', 'b', 'renamed', 'desc'],
    ]);
  });

  it('reports an argument set both in the source and in the build source block', async () => {
    const r = await load({ 't.pkr.hcl': `${nullSource}build {\n  source "null.a" {\n    communicator = "ssh"\n  }\n}\n` });
    expect(brief(r.diagnostics)).toEqual(['E Duplicate argument @t.pkr.hcl:6:5']);
  });

  it('reports duplicate sources with both places', async () => {
    const r = await load({ 't.pkr.hcl': `${nullSource}${nullSource}` }, { mode: 'inspect' });
    expect(brief(r.diagnostics)).toEqual(['E Duplicate source block @t.pkr.hcl:4:1']);
    expect(r.diagnostics[0]?.detail).toContain('t.pkr.hcl:1,1-18');
  });

  it('reports an unknown source at the string that names it', async () => {
    const r = await load({ 't.pkr.hcl': `${nullSource}build {\n  sources = [\n    "null.a",\n    "null.b",\n  ]\n}\n` });
    expect(brief(r.diagnostics)).toEqual(['E Unknown source null.b @t.pkr.hcl:7:5']);
    expect(r.diagnostics[0]?.detail).toBe('Did you mean to use "null.a"?');
  });

  it('reports invalid references and unknown builder types with the available ones', async () => {
    const r = await load({ 't.pkr.hcl': `source "nul" "x" {}\nbuild {\n  sources = ["nope", "nul.x"]\n}\n` });
    expect(brief(r.diagnostics)).toEqual(['E Invalid source reference @t.pkr.hcl:3:14']);
    const r2 = await load({ 't.pkr.hcl': `source "nul" "x" {}\nbuild {\n  sources = ["nul.x"]\n}\n` });
    expect(brief(r2.diagnostics)).toEqual(['E Unknown source type nul @t.pkr.hcl:1:8']);
    expect(r2.diagnostics[0]?.detail).toContain('Did you mean to use "null"?');
    expect(r2.diagnostics[0]?.detail).toContain('file, null');
  });

  it('requires a build block when validating, and a source in each build', async () => {
    expect(brief((await load({ 't.pkr.hcl': nullSource })).diagnostics)).toEqual(['E Missing build block @t.pkr.hcl:3:1']);
    expect(brief((await load({ 't.pkr.hcl': `build {\n}\n` })).diagnostics)).toEqual(['E missing source reference @t.pkr.hcl:1:1']);
  });

  it('decodes builder configuration with the plugin schema, pointing at the attribute', async () => {
    const r = await load({ 't.pkr.hcl': `source "null" "a" {\n  communicator = "none"\n  bogus = 1\n}\nbuild {\n  sources = ["null.a"]\n}\n` });
    expect(brief(r.diagnostics)).toEqual(['E Unsupported argument @t.pkr.hcl:3:3']);
  });
});

describe('loadTemplate: provisioners and post-processors', () => {
  const tpl = (inner: string): Record<string, string> => ({
    't.pkr.hcl': `${nullSource}source "null" "b" {\n  communicator = "none"\n}\nbuild {\n  sources = ["null.a", "null.b"]\n${inner}}\n`,
  });

  it('decodes meta-arguments and filters by only/except', async () => {
    const r = await load(
      tpl(`  provisioner "shell-local" {\n    name = "first"\n    inline = ["echo \${source.name}"]\n    only = ["null.a"]\n    pause_before = "1m30s"\n    timeout = "5s"\n    max_retries = 3\n  }\n  provisioner "shell-local" {\n    inline = ["x"]\n    except = ["null.a"]\n  }\n`),
    );
    expect(brief(r.diagnostics)).toEqual([]);
    const [a, b] = r.plan?.builds ?? [];
    expect(a?.provisioners.map((p) => [p.name, p.pauseBeforeMs, p.timeoutMs, p.maxRetries])).toEqual([['first', 90_000, 5000, 3]]);
    expect(a?.provisioners[0]?.config).toMatchObject({ inline: ['echo a'] });
    expect(b?.provisioners.map((p) => p.name)).toEqual([undefined]);
  });

  it('applies override per source', async () => {
    const r = await load(tpl(`  provisioner "shell-local" {\n    inline = ["base"]\n    override = {\n      b = {\n        inline = ["over"]\n      }\n    }\n  }\n`));
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.plan?.builds.map((b) => b.provisioners[0]?.config)).toMatchObject([{ inline: ['base'] }, { inline: ['over'] }]);
  });

  it('rejects bad durations and both only and except', async () => {
    const r = await load(tpl(`  provisioner "shell-local" {\n    inline = ["x"]\n    pause_before = "soon"\n  }\n  provisioner "shell-local" {\n    inline = ["x"]\n    only = ["null.a"]\n    except = ["null.b"]\n  }\n`));
    expect(brief(r.diagnostics)).toEqual(['E Failed to parse pause_before duration @t.pkr.hcl:11:20', "E only one of 'only' or 'except' may be specified @t.pkr.hcl:16:5"]);
    expect(r.diagnostics[0]?.detail).toBe('time: invalid duration "soon"');
  });

  it('reports unknown component types once, at the label, listing what exists', async () => {
    const r = await load(tpl(`  provisioner "shel" {\n  }\n  post-processor "manifestt" {\n  }\n`));
    expect(brief(r.diagnostics)).toEqual(['E Unknown provisioner type "shel" @t.pkr.hcl:9:15', 'E Unknown post-processor type "manifestt" @t.pkr.hcl:11:18']);
    expect(r.diagnostics[0]?.detail).toContain('Did you mean to use "shell"?');
  });

  it('builds post-processor chains and keeps keep_input_artifact', async () => {
    const r = await load(
      tpl(`  post-processor "manifest" {\n    keep_input_artifact = true\n  }\n  post-processors {\n    post-processor "compress" {\n      output = "x.tar.gz"\n    }\n    post-processor "checksum" {\n      name = "sums"\n    }\n  }\n`),
    );
    expect(brief(r.diagnostics)).toEqual([]);
    const chains = r.plan?.builds[0]?.postProcessorChains ?? [];
    expect(chains.map((c) => c.map((p) => [p.type, p.name, p.keepInputArtifact]))).toEqual([
      [['manifest', undefined, true]],
      [
        ['compress', undefined, undefined],
        ['checksum', 'sums', undefined],
      ],
    ]);
  });

  it('expands dynamic blocks in build bodies', async () => {
    const r = await load(
      tpl(`  dynamic "provisioner" {\n    for_each = ["one", "two"]\n    labels = ["shell-local"]\n    content {\n      name = provisioner.value\n      inline = [provisioner.key]\n    }\n  }\n`),
    );
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.plan?.builds[0]?.provisioners.map((p) => p.name)).toEqual(['one', 'two']);
  });

  it('makes build data unknown at plan time and known on redecode', async () => {
    const r = await load(tpl(`  provisioner "shell-local" {\n    inline = ["echo \${build.ID} \${build.name}"]\n  }\n`));
    expect(brief(r.diagnostics)).toEqual([]);
    const p = r.plan?.builds[0]?.provisioners[0];
    const { Value } = await import('../hcl/value/value.js');
    const again = p?.redecode(new Map([['ID', Value.string('i-123')]]));
    expect(again?.diagnostics).toEqual([]);
    expect(again?.config).toMatchObject({ inline: ['echo i-123 '] });
  });
});

describe('loadTemplate: -only / -except', () => {
  const files = {
    't.pkr.hcl': `${nullSource}source "null" "b" {\n  communicator = "none"\n}\nbuild {\n  name = "x"\n  sources = ["null.a", "null.b"]\n  post-processor "manifest" {\n    name = "man"\n  }\n}\n`,
  };
  it('selects builds by glob on their full names', async () => {
    const r = await load(files, { only: ['x.null.a'] });
    expect(r.plan?.builds.map((b) => b.name)).toEqual(['x.null.a']);
    const r2 = await load(files, { only: ['*.b'] });
    expect(r2.plan?.builds.map((b) => b.name)).toEqual(['x.null.b']);
    const r3 = await load(files, { except: ['x.null.*'] });
    expect(r3.plan?.builds).toEqual([]);
  });
  it('applies -except to post-processor names and warns about unmatched patterns', async () => {
    const r = await load(files, { except: ['man'] });
    expect(r.plan?.builds.map((b) => b.postProcessorChains.length)).toEqual([0, 0]);
    const r2 = await load(files, { only: ['nothing'] });
    expect(brief(r2.diagnostics)).toEqual(["W an 'only' option was passed, but not all matches were found for the given build."]);
    expect(r2.diagnostics[0]?.detail).toContain('[x.null.a x.null.b]');
  });
});
