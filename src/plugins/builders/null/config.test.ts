import { describe, expect, test } from 'vitest';
import { brief, decodeHcl } from '../../test-support.js';
import { nullBuilderSchema } from './config.js';

describe('null builder', () => {
  test('communicator none needs nothing', () => {
    const r = decodeHcl(nullBuilderSchema, 'communicator = "none"\n');
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.value).toEqual({ communicator: 'none' });
  });

  test('ssh with host, user and password', () => {
    const r = decodeHcl(nullBuilderSchema, 'ssh_host = "h"\nssh_username = "u"\nssh_password = "p"\nssh_timeout = "10m"\nssh_port = 2222\n');
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.value).toMatchObject({ ssh_timeout: 600000, ssh_port: 2222 });
  });

  test('winrm', () => {
    expect(brief(decodeHcl(nullBuilderSchema, 'communicator = "winrm"\nwinrm_host = "h"\nwinrm_username = "u"\nwinrm_password = "p"\n').diagnostics)).toEqual([]);
  });

  const errors: [string, string, string[]][] = [
    [
      'ssh with nothing',
      '',
      [
        'E Invalid configuration: An ssh_username must be specified\n  Note: some builders used to default ssh_username to "root". @1:1',
        'E Invalid configuration: a Host must be specified, please reference your communicator documentation @1:1',
        'E Invalid configuration: a Username must be specified, please reference your communicator documentation @1:1',
        'E Invalid configuration: one authentication method must be specified, please reference your communicator documentation @1:1',
      ],
    ],
    ['invalid communicator', 'communicator = "telnet"\n', ['E Invalid configuration: Communicator type telnet is invalid @1:16']],
    [
      'two auth methods',
      'ssh_host = "h"\nssh_username = "u"\nssh_password = "p"\nssh_private_key_file = "k"\n',
      ['E Invalid configuration: only one of ssh_agent_auth, ssh_password, and ssh_private_key_file must be specified @4:24'],
    ],
    [
      'transfer method',
      'ssh_host = "h"\nssh_username = "u"\nssh_password = "p"\nssh_file_transfer_method = "ftp"\n',
      ["E Invalid configuration: ssh_file_transfer_method ('ftp') is invalid, valid methods: sftp, scp @4:28"],
    ],
    [
      'certificate without key',
      'ssh_host = "h"\nssh_username = "u"\nssh_password = "p"\nssh_certificate_file = "c"\n',
      ['E Invalid configuration: ssh_private_key_file must be specified if ssh_certificate_file is specified @4:24'],
    ],
    [
      'bastion and proxy',
      'ssh_host = "h"\nssh_username = "u"\nssh_password = "p"\nssh_bastion_host = "b"\nssh_bastion_password = "x"\nssh_proxy_host = "p"\n',
      ['E Invalid configuration: please specify either ssh_bastion_host or ssh_proxy_host, not both @6:18'],
    ],
    ['port range', 'communicator = "none"\nssh_port = 70000\n', ['E Invalid value: Inappropriate value for attribute "ssh_port": must be between 0 and 65535. @2:12']],
    ['winrm user', 'communicator = "winrm"\nwinrm_host = "h"\nwinrm_password = "p"\n', [
      'E Invalid configuration: winrm_username must be specified. @1:16',
      'E Invalid configuration: a Username must be specified, please reference your communicator documentation @1:16',
    ]],
  ];
  test.each(errors)('%s', (_n, src, want) => {
    expect(brief(decodeHcl(nullBuilderSchema, src).diagnostics)).toEqual(want);
  });
});
