import { expect, test } from 'vitest';
import { nullBuilderSchema } from '../builders/null/config.js';
import { decodeHcl } from '../test-support.js';
import { resolveCommunicator } from './communicator-settings.js';

const settings = (src: string, def = 'ssh') => resolveCommunicator(decodeHcl(nullBuilderSchema, src).value!, def);

test('ssh defaults as Packer applies them', () => {
  expect(settings('ssh_host = "h"\nssh_username = "u"\nssh_password = "p"\n')).toEqual({
    type: 'ssh',
    host: 'h',
    port: 22,
    username: 'u',
    password: 'p',
    agentAuth: false,
    pty: false,
    timeoutMs: 300000,
    handshakeAttempts: 10,
    keepAliveIntervalMs: 5000,
    fileTransferMethod: 'scp',
    clearAuthorizedKeys: false,
    disableAgentForwarding: false,
    localTunnels: [],
    remoteTunnels: [],
    pauseBeforeConnectingMs: 0,
  });
});

test('ssh_handshake_attempts alone keeps timeout 0; bastion inherits the key', () => {
  const s = settings('ssh_host = "h"\nssh_username = "u"\nssh_private_key_file = "/dev/null"\nssh_handshake_attempts = 3\nssh_bastion_host = "b"\n');
  expect(s).toMatchObject({ timeoutMs: 0, handshakeAttempts: 3, bastion: { host: 'b', port: 22, privateKeyFile: '/dev/null' } });
});

test('winrm, none and docker', () => {
  expect(settings('communicator = "winrm"\nwinrm_host = "h"\nwinrm_username = "u"\nwinrm_password = "p"\nwinrm_use_ssl = true\n')).toMatchObject({
    type: 'winrm',
    port: 5986,
    timeoutMs: 1800000,
  });
  expect(settings('communicator = "none"\n')).toEqual({ type: 'none' });
  expect(resolveCommunicator({}, 'docker')).toEqual({ type: 'docker' });
});
