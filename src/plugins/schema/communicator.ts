// The communicator options every machine-building builder accepts (packer-plugin-sdk communicator.Config), and their checks.
import type { Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { Check } from './check-context.js';
import { invalid } from './checks.js';
import { list } from './collections.js';
import { optional } from './fields.js';
import { bool, duration, number, string } from './primitives.js';

const port = number({ int: true, min: 0, max: 65535 });

export const sshFields = {
  ssh_host: optional(string()),
  ssh_port: optional(port),
  ssh_username: optional(string()),
  ssh_password: optional(string()),
  ssh_keypair_name: optional(string()),
  temporary_key_pair_name: optional(string()),
  temporary_key_pair_type: optional(string()),
  temporary_key_pair_bits: optional(number({ int: true })),
  ssh_ciphers: optional(list(string())),
  ssh_clear_authorized_keys: optional(bool()),
  ssh_key_exchange_algorithms: optional(list(string())),
  ssh_private_key_file: optional(string()),
  ssh_certificate_file: optional(string()),
  ssh_pty: optional(bool()),
  ssh_timeout: optional(duration()),
  ssh_wait_timeout: optional(duration()),
  ssh_agent_auth: optional(bool()),
  ssh_disable_agent_forwarding: optional(bool()),
  ssh_handshake_attempts: optional(number({ int: true })),
  ssh_bastion_host: optional(string()),
  ssh_bastion_port: optional(port),
  ssh_bastion_agent_auth: optional(bool()),
  ssh_bastion_username: optional(string()),
  ssh_bastion_password: optional(string()),
  ssh_bastion_interactive: optional(bool()),
  ssh_bastion_private_key_file: optional(string()),
  ssh_bastion_certificate_file: optional(string()),
  ssh_file_transfer_method: optional(string()),
  ssh_proxy_host: optional(string()),
  ssh_proxy_port: optional(port),
  ssh_proxy_username: optional(string()),
  ssh_proxy_password: optional(string()),
  ssh_keep_alive_interval: optional(duration()),
  ssh_read_write_timeout: optional(duration()),
  ssh_remote_tunnels: optional(list(string())),
  ssh_local_tunnels: optional(list(string())),
  ssh_public_key: optional(string()),
  ssh_private_key: optional(string()),
} as const;

export const winrmFields = {
  winrm_username: optional(string()),
  winrm_password: optional(string()),
  winrm_host: optional(string()),
  winrm_no_proxy: optional(bool()),
  winrm_port: optional(port),
  winrm_timeout: optional(duration()),
  winrm_use_ssl: optional(bool()),
  winrm_insecure: optional(bool()),
  winrm_use_ntlm: optional(bool()),
} as const;

/**
 * The whole communicator option set: `communicator`, `pause_before_connecting`, SSH and WinRM. No defaults here:
 * Packer applies them per communicator type, as resolveCommunicator does.
 */
export const communicatorFields = {
  communicator: optional(string()),
  pause_before_connecting: optional(duration()),
  ...sshFields,
  ...winrmFields,
} as const;

/** The fields communicatorChecks reads. */
interface CommunicatorView {
  communicator?: string | undefined;
  ssh_username?: string | undefined;
  ssh_private_key_file?: string | undefined;
  ssh_certificate_file?: string | undefined;
  ssh_bastion_host?: string | undefined;
  ssh_bastion_password?: string | undefined;
  ssh_bastion_private_key_file?: string | undefined;
  ssh_bastion_certificate_file?: string | undefined;
  ssh_bastion_agent_auth?: boolean | undefined;
  ssh_file_transfer_method?: string | undefined;
  ssh_proxy_host?: string | undefined;
  winrm_username?: string | undefined;
}

const validTypes: ReadonlySet<string> = new Set(['ssh', 'winrm', 'docker', 'dockerWindowsContainer', 'none']);

/** communicator.Config.Prepare's validations, with its messages; `defaultType` is what an unset `communicator` means. */
export function communicatorChecks(defaultType = 'ssh'): Check<CommunicatorView> {
  return (c, ctx) => {
    if (ctx.isUnknown('communicator')) return [];
    const type = c.communicator ?? defaultType;
    const at = (n: string) => ctx.rangeOf(n);
    const out: Diagnostic[] = [];
    if (!validTypes.has(type)) return [invalid(`Communicator type ${type} is invalid`, at('communicator'))];
    const known = (n: keyof CommunicatorView) => !ctx.isUnknown(n);
    const has = (n: keyof CommunicatorView) => ctx.isSet(n) && (ctx.isUnknown(n) || (c[n] !== '' && c[n] !== undefined));
    if (type === 'ssh') {
      if (!has('ssh_private_key_file') && has('ssh_certificate_file')) {
        out.push(invalid('ssh_private_key_file must be specified if ssh_certificate_file is specified', at('ssh_certificate_file')));
      }
      if (!has('ssh_bastion_private_key_file') && has('ssh_bastion_certificate_file')) {
        out.push(invalid('ssh_bastion_private_key_file must be specified if ssh_bastion_certificate_file is specified', at('ssh_bastion_certificate_file')));
      }
      if (!has('ssh_username')) {
        out.push(invalid('An ssh_username must be specified\n  Note: some builders used to default ssh_username to "root".', at('communicator')));
      }
      if (has('ssh_bastion_host') && !has('ssh_bastion_password') && !has('ssh_bastion_private_key_file') && !has('ssh_private_key_file') && c.ssh_bastion_agent_auth !== true) {
        out.push(invalid('ssh_bastion_password, ssh_bastion_private_key_file or ssh_bastion_agent_auth must be specified', at('ssh_bastion_host')));
      }
      const method = c.ssh_file_transfer_method;
      if (known('ssh_file_transfer_method') && method !== undefined && method !== 'scp' && method !== 'sftp') {
        out.push(invalid(`ssh_file_transfer_method ('${method}') is invalid, valid methods: sftp, scp`, at('ssh_file_transfer_method')));
      }
      if (has('ssh_bastion_host') && has('ssh_proxy_host')) {
        out.push(invalid('please specify either ssh_bastion_host or ssh_proxy_host, not both', at('ssh_proxy_host')));
      }
    } else if (type === 'winrm' && !has('winrm_username')) {
      out.push(invalid('winrm_username must be specified.', at('communicator')));
    }
    return out;
  };
}
