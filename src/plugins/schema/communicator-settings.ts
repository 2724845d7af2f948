// The communicator a decoded config asks for, with Packer's per-type defaults applied (communicator.Config.Prepare).
import type { communicatorFields } from './communicator.js';
import type { ShapeType } from './fields.js';

export type CommunicatorOptions = ShapeType<typeof communicatorFields>;

export interface SshSettings {
  type: 'ssh';
  host?: string;
  port: number;
  username: string;
  password?: string;
  privateKeyFile?: string;
  certificateFile?: string;
  agentAuth: boolean;
  pty: boolean;
  /** 5m unless ssh_handshake_attempts is set (ssh_wait_timeout is the old name). */
  timeoutMs: number;
  handshakeAttempts: number;
  keepAliveIntervalMs: number;
  readWriteTimeoutMs?: number;
  fileTransferMethod: 'scp' | 'sftp';
  bastion?: { host: string; port: number; username?: string; password?: string; privateKeyFile?: string; certificateFile?: string; agentAuth: boolean; interactive: boolean };
  proxy?: { host: string; port: number; username?: string; password?: string };
  clearAuthorizedKeys: boolean;
  disableAgentForwarding: boolean;
  ciphers?: string[];
  keyExchangeAlgorithms?: string[];
  localTunnels: string[];
  remoteTunnels: string[];
  pauseBeforeConnectingMs: number;
}

export interface WinrmSettings {
  type: 'winrm';
  host?: string;
  port: number;
  username: string;
  password?: string;
  timeoutMs: number;
  useSsl: boolean;
  insecure: boolean;
  useNtlm: boolean;
  noProxy: boolean;
  pauseBeforeConnectingMs: number;
}

export type CommunicatorSettings = SshSettings | WinrmSettings | { type: 'none' } | { type: 'docker' | 'dockerWindowsContainer' };

const minute = 60_000;

function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** Resolves a validated config's communicator options; `defaultType` is what the builder uses when `communicator` is unset. */
export function resolveCommunicator(c: CommunicatorOptions, defaultType = 'ssh'): CommunicatorSettings {
  const type = c.communicator ?? defaultType;
  const pause = c.pause_before_connecting ?? 0;
  if (type === 'winrm') {
    return defined<WinrmSettings>({
      type,
      host: c.winrm_host,
      port: c.winrm_port ?? (c.winrm_use_ssl ? 5986 : 5985),
      username: c.winrm_username ?? '',
      password: c.winrm_password,
      timeoutMs: c.winrm_timeout || 30 * minute,
      useSsl: c.winrm_use_ssl ?? false,
      insecure: c.winrm_insecure ?? false,
      useNtlm: c.winrm_use_ntlm ?? false,
      noProxy: c.winrm_no_proxy ?? false,
      pauseBeforeConnectingMs: pause,
    });
  }
  if (type === 'none' || type === 'docker' || type === 'dockerWindowsContainer') return { type };
  let timeoutMs = c.ssh_timeout ?? 0;
  let attempts = c.ssh_handshake_attempts ?? 0;
  if (timeoutMs === 0 && attempts === 0) {
    timeoutMs = 5 * minute;
    attempts = 10;
  }
  if (c.ssh_wait_timeout) timeoutMs = c.ssh_wait_timeout;
  const bastionKey = c.ssh_bastion_private_key_file ?? c.ssh_private_key_file;
  return defined<SshSettings>({
    type: 'ssh',
    host: c.ssh_host,
    port: c.ssh_port || 22,
    username: c.ssh_username ?? '',
    password: c.ssh_password,
    privateKeyFile: c.ssh_private_key_file,
    certificateFile: c.ssh_certificate_file,
    agentAuth: c.ssh_agent_auth ?? false,
    pty: c.ssh_pty ?? false,
    timeoutMs,
    handshakeAttempts: attempts,
    keepAliveIntervalMs: c.ssh_keep_alive_interval || 5000,
    readWriteTimeoutMs: c.ssh_read_write_timeout,
    fileTransferMethod: c.ssh_file_transfer_method === 'sftp' ? 'sftp' : 'scp',
    bastion: c.ssh_bastion_host
      ? defined({
          host: c.ssh_bastion_host,
          port: c.ssh_bastion_port || 22,
          username: c.ssh_bastion_username,
          password: c.ssh_bastion_password,
          privateKeyFile: bastionKey,
          certificateFile: c.ssh_bastion_private_key_file ? c.ssh_bastion_certificate_file : c.ssh_certificate_file,
          agentAuth: c.ssh_bastion_agent_auth ?? false,
          interactive: c.ssh_bastion_interactive ?? false,
        })
      : undefined,
    proxy: c.ssh_proxy_host
      ? defined({ host: c.ssh_proxy_host, port: c.ssh_proxy_port || 1080, username: c.ssh_proxy_username, password: c.ssh_proxy_password })
      : undefined,
    clearAuthorizedKeys: c.ssh_clear_authorized_keys ?? false,
    disableAgentForwarding: c.ssh_disable_agent_forwarding ?? false,
    ciphers: c.ssh_ciphers,
    keyExchangeAlgorithms: c.ssh_key_exchange_algorithms,
    localTunnels: c.ssh_local_tunnels ?? [],
    remoteTunnels: c.ssh_remote_tunnels ?? [],
    pauseBeforeConnectingMs: pause,
  });
}
