import { expect, test } from 'vitest';
import { Value } from '../../hcl/value/value.js';
import { buildDataCommonKeys } from '../../template/contextual.js';
import { provisionHookData } from './hook-data.js';

test("every common key is known, with Packer's placeholders where the builder gave nothing", () => {
  const data = provisionHookData(new Map([['ID', Value.string('c0ffee')], ['ConnType', Value.string('docker')]]), { PACKER_RUN_UUID: 'run-1' });
  for (const k of buildDataCommonKeys) expect(data.get(k)?.isKnown, k).toBe(true);
  const text = (k: string) => data.get(k)!.asString();
  expect([text('ID'), text('ConnType'), text('PackerRunUUID'), text('Host'), text('Port')]).toEqual(['c0ffee', 'docker', 'run-1', '', '0']);
  expect(text('PackerHTTPAddr')).toBe('ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER');
  expect(provisionHookData(new Map(), {}).get('ID')!.asString()).toBe('ERR_ID_NOT_IMPLEMENTED_BY_BUILDER');
});
