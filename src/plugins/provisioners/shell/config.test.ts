import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { StringType } from '../../../hcl/value/type.js';
import { Value } from '../../../hcl/value/value.js';
import { brief, decodeHcl, decodeLegacyJson } from '../../test-support.js';
import { shellSchema } from './config.js';

const here = fileURLToPath(import.meta.url);

describe('shell provisioner', () => {
  test('defaults', () => {
    const r = decodeHcl(shellSchema, 'inline = ["echo hi"]\n');
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.value).toEqual({
      inline: ['echo hi'],
      valid_exit_codes: [0],
      environment_vars: [],
      env: {},
      binary: false,
      inline_shebang: '/bin/sh -e',
      use_env_var_file: false,
      remote_folder: '/tmp',
      start_retry_timeout: 300000,
      skip_clean: false,
      expect_disconnect: false,
    });
  });

  test('every documented option', () => {
    const r = decodeHcl(
      shellSchema,
      `script = ${JSON.stringify(here)}
environment_vars = ["A=1", "B="]
env = { C = "3" }
env_var_format = "%s=%s "
execute_command = "sudo {{.Path}}"
inline_shebang = "/bin/bash"
remote_folder = "/var/tmp"
remote_file = "x.sh"
remote_path = "/var/tmp/x.sh"
expect_disconnect = true
valid_exit_codes = [0, 2300218]
skip_clean = true
binary = true
start_retry_timeout = "10m"
pause_after = "5s"
use_env_var_file = true
`,
    );
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.value).toMatchObject({ pause_after: 5000, start_retry_timeout: 600000, valid_exit_codes: [0, 2300218], env: { C: '3' } });
  });

  const errors: [string, string, string[]][] = [
    ['nothing to run', 'remote_folder = "/x"\n', ['E Invalid configuration: Either a script file or inline script must be specified. @1:1']],
    ['empty inline is nothing', 'inline = []\n', ['E Invalid configuration: Either a script file or inline script must be specified. @1:1']],
    [
      'script and scripts',
      `script = ${JSON.stringify(here)}\nscripts = [${JSON.stringify(here)}]\n`,
      ['E Invalid configuration: Only one of script or scripts can be specified. @2:11'],
    ],
    [
      'script and inline',
      `script = ${JSON.stringify(here)}\ninline = ["a"]\n`,
      ['E Invalid configuration: Only a script file or an inline script can be specified, not both. @2:10'],
    ],
    ['missing script', 'script = "/nonexistent/x.sh"\n', ["E Invalid configuration: Bad script '/nonexistent/x.sh': stat /nonexistent/x.sh: no such file or directory @1:10"]],
    [
      'bad env var',
      'inline = ["a"]\nenvironment_vars = ["=x", "NOEQ"]\n',
      [
        "E Invalid configuration: Environment variable not in format 'key=value': =x @2:20",
        "E Invalid configuration: Environment variable not in format 'key=value': NOEQ @2:20",
      ],
    ],
    ['typo', 'inlin = ["a"]\n', ['E Unsupported argument: An argument named "inlin" is not expected here. Did you mean "inline"? @1:1']],
    ['bad duration', 'inline = ["a"]\npause_after = "5"\n', ['E Invalid duration: Inappropriate value for attribute "pause_after": time: missing unit in duration "5". @2:15']],
  ];
  test.each(errors)('%s', (_n, src, want) => {
    expect(brief(decodeHcl(shellSchema, src).diagnostics)).toEqual(want);
  });

  test('unknown inline at validate time is accepted', () => {
    const r = decodeHcl(shellSchema, 'inline = [build.ID]\n', { build: Value.object({ ID: Value.unknown(StringType) }) });
    expect(brief(r.diagnostics)).toEqual([]);
  });

  test('legacy JSON', () => {
    const r = decodeLegacyJson(shellSchema, '{"inline": "echo one", "expect_disconnect": "true", "valid_exit_codes": ["0", 1]}');
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.value).toMatchObject({ inline: ['echo one'], expect_disconnect: true, valid_exit_codes: [0, 1] });
  });
});
