import { describe, expect, test } from 'vitest';
import { brief, decodeHcl } from '../../test-support.js';
import { shellLocalSchema } from './config.js';

const tooMany =
  'E Invalid configuration: You may only specify one of the following options: Command, Inline, Script or Scripts. Please consolidate these options in your config.';

describe('shell-local', () => {
  test('valid', () => {
    const r = decodeHcl(
      shellLocalSchema,
      'inline = ["echo hi"]\nexecute_command = ["/bin/bash", "-c", "{{.Vars}} {{.Script}}"]\nenv = { A = "1" }\nonly_on = ["linux", "darwin"]\ntempfile_extension = ".sh"\nuse_linux_pathing = false\ninline_shebang = "/bin/bash -e"\nvalid_exit_codes = [0]\n',
    );
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.value).toMatchObject({ inline: ['echo hi'], env: { A: '1' }, only_on: ['linux', 'darwin'] });
  });

  test('command is accepted (deprecated)', () => {
    expect(brief(decodeHcl(shellLocalSchema, 'command = "echo hi"\n').diagnostics)).toEqual([]);
  });

  const errors: [string, string, string[]][] = [
    ['nothing', 'env = {}\n', ['E Invalid configuration: Command, Inline, Script and Scripts options cannot all be empty. @1:1']],
    ['command and inline', 'command = "a"\ninline = ["b"]\n', [`${tooMany} @2:10`]],
    ['only_on', 'inline = ["a"]\nonly_on = ["plan9"]\n', ["E Invalid configuration: Invalid OS specified in only_on: 'plan9'\nSupported OS names: darwin, freebsd, linux, openbsd, solaris, windows @2:11"]],
    [
      'linux pathing with inline',
      'inline = ["a"]\nuse_linux_pathing = true\n',
      ['E Invalid configuration: Packer is unable to use the Command and Inline features with the Windows Linux Subsystem. Please use the Script or Scripts options instead @1:10'],
    ],
    ['execute_command is a list', 'inline = ["a"]\nexecute_command = 1\n', ['E Incorrect attribute value type: Inappropriate value for attribute "execute_command": list of string required, but have number. @2:19']],
  ];
  test.each(errors)('%s', (_n, src, want) => {
    expect(brief(decodeHcl(shellLocalSchema, src).diagnostics)).toEqual(want);
  });
});
