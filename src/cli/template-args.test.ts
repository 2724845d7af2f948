// The shared template flags: -var/-var-file order recovered from argv, -only/-except lists, and LoadOptions.
import { describe, expect, it } from 'vitest';
import { parseFlags } from './args.js';
import { createLoadOptions, selectionFlagSpecs, templateArgs, variableFlagSpecs } from './template-args.js';
import { createTestIO } from './test-io.js';

const specs = [...variableFlagSpecs, ...selectionFlagSpecs, { name: 'syntax-only', kind: 'bool' as const, usage: '' }];

function parse(argv: string[]): ReturnType<typeof templateArgs> {
  return templateArgs(argv, parseFlags(argv, specs), specs);
}

describe('templateArgs', () => {
  it('keeps -var and -var-file in command-line order, in every flag form', () => {
    const r = parse(['-var-file=a.pkrvars.hcl', '--var', 'x=1', '-syntax-only', '-var=y=2', '--var-file', 'b.json', 'tpl']);
    expect(r.error).toBeUndefined();
    expect(r.value.inputs).toEqual([
      { kind: 'var-file', text: 'a.pkrvars.hcl' },
      { kind: 'var', text: 'x=1' },
      { kind: 'var', text: 'y=2' },
      { kind: 'var-file', text: 'b.json' },
    ]);
  });

  it('splits -only and -except on commas and accumulates repeats', () => {
    const r = parse(['-only=a.*,b', '-only', 'c', '--except=d', 'tpl']);
    expect(r.value.only).toEqual(['a.*', 'b', 'c']);
    expect(r.value.except).toEqual(['d']);
  });

  it("rejects a -var without '=' with Go flag's wording", () => {
    expect(parse(['-var', 'novalue', 'tpl']).error).toBe(`invalid value "novalue" for flag -var: No '=' value in arg: novalue`);
  });

  it('stops at the first positional argument', () => {
    expect(parse(['tpl', '-var', 'x=1']).value.inputs).toEqual([]);
  });

  it('builds LoadOptions from the io and the mode', () => {
    const t = createTestIO({ cwd: '/w', env: { A: '1' } });
    const opts = createLoadOptions({ path: 'x.pkr.hcl', io: t.io, args: parse(['-var', 'a=b', 'x']).value, mode: 'validate', syntaxOnly: true });
    expect(opts).toMatchObject({ path: 'x.pkr.hcl', cwd: '/w', env: { A: '1' }, mode: 'validate', syntaxOnly: true, evaluateDatasources: false });
    expect(opts.inputs).toEqual([{ kind: 'var', text: 'a=b' }]);
  });
});
