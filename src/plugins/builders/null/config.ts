// The null builder's options: only a communicator (Packer's builder/null Config) and Prepare's validations.
import type { Diagnostic } from '../../../hcl/diagnostics/diagnostic.js';
import { packerCommonFields } from '../../common/packer-fields.js';
import { communicatorChecks, communicatorFields } from '../../schema/communicator.js';
import { invalid, object, type Infer } from '../../schema/index.js';

export const nullBuilderSchema = object({ ...packerCommonFields, ...communicatorFields }).check(communicatorChecks('ssh'), (c, ctx) => {
  if (ctx.isUnknown('communicator')) return [];
  const type = c.communicator ?? 'ssh';
  // An invalid type is reported by communicatorChecks; the host/user/auth errors would only cascade from it.
  if (type !== 'ssh' && type !== 'winrm') return [];
  const out: Diagnostic[] = [];
  const has = (n: keyof typeof c) => ctx.isUnknown(n) || (c[n] !== undefined && c[n] !== '' && c[n] !== false);
  const at = ctx.rangeOf('communicator');
  const host = type === 'ssh' ? has('ssh_host') : type === 'winrm' ? has('winrm_host') : false;
  const user = type === 'ssh' ? has('ssh_username') : type === 'winrm' ? has('winrm_username') : false;
  const password = type === 'ssh' ? has('ssh_password') : type === 'winrm' ? has('winrm_password') : false;
  if (!host) out.push(invalid('a Host must be specified, please reference your communicator documentation', at));
  if (!user) out.push(invalid('a Username must be specified, please reference your communicator documentation', at));
  if (!has('ssh_agent_auth') && !password && !has('ssh_private_key_file')) {
    out.push(invalid('one authentication method must be specified, please reference your communicator documentation', at));
  }
  if ((has('ssh_agent_auth') && (has('ssh_password') || has('ssh_private_key_file'))) || (has('ssh_password') && has('ssh_private_key_file'))) {
    out.push(invalid('only one of ssh_agent_auth, ssh_password, and ssh_private_key_file must be specified', ctx.rangeOf('ssh_private_key_file')));
  }
  return out;
});

export type NullBuilderConfig = Infer<typeof nullBuilderSchema>;
