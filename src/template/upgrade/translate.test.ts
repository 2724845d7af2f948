import { describe, expect, it } from 'vitest';
import { createTranslateState, needsLocal, translateString } from './translate.js';

describe('translateString', () => {
  it.each([
    ['plain', '"plain"'],
    ['{{user `x`}}', '"${var.x}"'],
    ['{{ user "x" | lower }}', '"${lower(var.x)}"'],
    ['{{upper (user `x`)}}', '"${upper(var.x)}"'],
    ['{{env `HOME`}}', '"${env("HOME")}"'],
    ['{{timestamp}}', '"${local.timestamp}"'],
    ['{{isotime "2006-01-02"}}', '"${legacy_isotime("2006-01-02")}"'],
    ['{{isotime}}', '"${timestamp()}"'],
    ['{{strftime "%Y"}}', '"${legacy_strftime("%Y")}"'],
    ['{{uuid}}', '"${uuidv4()}"'],
    ['{{build_name}}-{{build_type}}', '"${source.name}-${source.type}"'],
    ['{{pwd}}/{{template_dir}}', '"${path.cwd}/${abspath(path.root)}"'],
    ['{{packer_version}}', '"${packer.version}"'],
    ['{{split (user `csv`) "," 2}}', '"${split(",", var.csv)[2]}"'],
    ['{{replace "a" "o" 1 "banana"}}', '"bonana"'],
    ['{{replace_all "a" "o" (user `s`)}}', '"${replace(var.s, "a", "o")}"'],
    ['{{replace "a" "o" 1 (user `s`)}}', '"{{replace \\"a\\" \\"o\\" 1 (user `s`)}}"'],
    ['{{clean_resource_name "A B"}}', '"a-b"'],
    ['{{clean_resource_name (user `x`)}}', '"{{clean_resource_name (user `x`)}}"'],
    ['{{build `ID`}}', '"${build.ID}"'],
    ['http://{{ .HTTPIP }}:{{ .HTTPPort }}', '"http://{{ .HTTPIP }}:{{ .HTTPPort }}"'],
    ['a "quoted" ${x} %{y}\n', '"a \\"quoted\\" $${x} %%{y}\\n"'],
    ['{{ nosuch }}', '"{{ nosuch }}"'],
  ])('%s', (input, want) => {
    expect(translateString(input, createTranslateState())).toBe(want);
  });

  it('refers to variables that became locals as local.x', () => {
    expect(translateString('{{user `a`}}', createTranslateState(new Set(['a'])))).toBe('"${local.a}"');
  });

  it('records what the output needs', () => {
    const st = createTranslateState();
    translateString('{{timestamp}} {{user `v`}} {{isotime "2006"}}', st);
    expect(st.usesTimestamp).toBe(true);
    expect(st.usesIsotime).toBe(true);
    expect([...st.userVariables]).toEqual(['v']);
  });
});

describe('needsLocal', () => {
  it.each([
    ['plain', false],
    ['{{env `X`}}', false],
    ['{{user `x`}}', true],
    ['{{timestamp}}', true],
  ])('%s → %s', (s, want) => {
    expect(needsLocal(s)).toBe(want);
  });
});
