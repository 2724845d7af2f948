// The build data provisioners and post-processors see as `build.*` (HCL2) and `{{ .Name }}` (legacy JSON):
// what the builder reports, over Packer's defaults (PopulateProvisionHookData), so no key is left unknown.
import { Value } from '../../hcl/value/value.js';

/** Packer's placeholders for data a builder does not provide. */
export const idNotImplemented = 'ERR_ID_NOT_IMPLEMENTED_BY_BUILDER';
const httpNotImplemented = {
  PackerHTTPIP: 'ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER',
  PackerHTTPPort: 'ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER',
  PackerHTTPAddr: 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER',
};
/** Communicator fields, empty when the communicator has none (docker, none); Port is 0 then. */
const communicatorDefaults = { Host: '', Port: '0', User: '', Password: '', ConnType: '', SSHPublicKey: '', SSHPrivateKey: '', WinRMPassword: '' };

/** The hook data for `fromBuilder` (the builder's own keys win), with PackerRunUUID from the environment. */
export function provisionHookData(fromBuilder: ReadonlyMap<string, Value>, env: Readonly<Record<string, string | undefined>> = process.env): Map<string, Value> {
  const out = new Map<string, Value>();
  const defaults: Record<string, string> = { ID: idNotImplemented, ...httpNotImplemented, ...communicatorDefaults, PackerRunUUID: env['PACKER_RUN_UUID'] ?? '' };
  for (const [k, v] of Object.entries(defaults)) out.set(k, Value.string(v));
  for (const [k, v] of fromBuilder) out.set(k, v);
  return out;
}
