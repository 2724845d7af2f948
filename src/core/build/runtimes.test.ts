import { expect, test } from 'vitest';
import { recordUnknownFields } from '../../plugins/schema/unknown.js';
import type { ConfiguredComponent } from '../../template/plan.js';
import { buildTimeConfig } from './runtimes.js';

function component(config: object): ConfiguredComponent {
  return { type: 'shell', range: undefined as never, plugin: undefined as never, config, redecode: () => ({ config, diagnostics: [] }) };
}

test('a configuration still unknown at build time fails instead of running without the value', () => {
  const config = {};
  recordUnknownFields(config, new Set(['inline']));
  expect(() => buildTimeConfig(component(config), new Map())).toThrow(
    'shell: the value of "inline" is still unknown when the build runs: it uses build data the builder did not provide',
  );
  expect(buildTimeConfig(component({ inline: ['true'] }), new Map())).toEqual({ inline: ['true'] });
});
