import { expectTypeOf, test } from 'vitest';
import type { ShellConfig } from '../provisioners/shell/config.js';
import type { DockerBuilderConfig } from '../builders/docker/config.js';
import { block, blocks, list, map, number, object, optional, string, type Infer } from './index.js';

test('Infer gives required, optional and defaulted fields their types', () => {
  const s = object({
    a: string(),
    b: optional(number()),
    c: optional(list(string()), []),
    d: optional(map(number())),
    e: blocks(object({ x: string() })),
    f: block(object({ y: optional(string()) })),
  });
  type C = Infer<typeof s>;
  expectTypeOf<C['a']>().toEqualTypeOf<string>();
  expectTypeOf<C['b']>().toEqualTypeOf<number | undefined>();
  expectTypeOf<C['c']>().toEqualTypeOf<string[]>();
  expectTypeOf<C['d']>().toEqualTypeOf<Record<string, number> | undefined>();
  expectTypeOf<C['e']>().toEqualTypeOf<{ x: string }[]>();
  expectTypeOf<C['f']>().toEqualTypeOf<{ y?: string | undefined } | undefined>();
  expectTypeOf<ShellConfig['inline']>().toEqualTypeOf<string[] | undefined>();
  expectTypeOf<ShellConfig['remote_folder']>().toEqualTypeOf<string>();
  expectTypeOf<DockerBuilderConfig['volumes']>().toEqualTypeOf<Record<string, string>>();
  expectTypeOf<DockerBuilderConfig['ssh_timeout']>().toEqualTypeOf<number | undefined>();
});
