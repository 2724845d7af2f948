import { expect, test } from 'vitest';
import { flattenEnv, renderFields } from './flatten-env.js';

test('flattened variables are sorted, quoted and escaped like Packer', () => {
  expect(flattenEnv({ buildName: 'web', builderType: 'null', environmentVars: ["B=it's", 'A=x=y'], env: { C: '' } })).toBe(
    `A='x=y' B='it'"'"'s' C='' PACKER_BUILDER_TYPE='null' PACKER_BUILD_NAME='web' `,
  );
});

test('env overrides environment_vars; a custom format is applied as written', () => {
  expect(flattenEnv({ buildName: 'b', builderType: 't', environmentVars: ['A=1'], env: { A: '2' }, format: '%s=%s;' })).toBe('A=2;PACKER_BUILDER_TYPE=t;PACKER_BUILD_NAME=b;');
});

test('renderFields fills known fields and leaves others', () => {
  expect(renderFields('{{.Vars}} {{ .Script }} {{.Other}}', { Vars: 'V', Script: 'S' })).toBe('V S {{.Other}}');
});
