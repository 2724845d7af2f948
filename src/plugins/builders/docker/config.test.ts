import { describe, expect, test } from 'vitest';
import { brief, decodeHcl } from '../../test-support.js';
import { dockerBuilderSchema } from './config.js';

describe('docker builder', () => {
  test('commit', () => {
    const r = decodeHcl(dockerBuilderSchema, 'image = "ubuntu:22.04"\ncommit = true\nchanges = ["ENV A=1"]\nvolumes = { "/h" = "/c" }\n');
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.value).toMatchObject({ image: 'ubuntu:22.04', commit: true, pull: true, fix_upload_owner: true, volumes: { '/h': '/c' } });
  });

  test('ssh communicator still validates', () => {
    expect(brief(decodeHcl(dockerBuilderSchema, 'image = "i"\ndiscard = true\ncommunicator = "ssh"\n').diagnostics)).toEqual([
      'E Invalid configuration: An ssh_username must be specified\n  Note: some builders used to default ssh_username to "root". @3:16',
    ]);
  });

  const errors: [string, string, string[]][] = [
    ['image', 'commit = true\n', ['E Invalid configuration: Image must be specified @1:1']],
    ['no artifact handling', 'image = "i"\n', ['E Invalid configuration: No instructions given for handling the artifact; expected commit, discard, or export_path @1:1']],
    ['conflict', 'image = "i"\ncommit = true\ndiscard = true\n', ['E Invalid configuration: Cannot specify more than one of commit, discard, and export_path @3:11']],
    ['export_path directory', 'image = "i"\nexport_path = "/tmp"\n', ['E Invalid configuration: export_path must be a file, not a directory @2:15']],
    ['ecr', 'image = "i"\ncommit = true\necr_login = true\n', ['E Invalid configuration: ECR login requires login server to be provided. @3:13']],
    ['changes instruction', 'image = "i"\ncommit = true\nchanges = ["ENV A=1", "CMDD [\\"x\\"]"]\n', ['E Invalid configuration: The change "CMDD [\\"x\\"]" uses the instruction CMDD, which a commit cannot apply; use one of CMD, ENTRYPOINT, ENV, EXPOSE, HEALTHCHECK, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR. Did you mean "CMD"? @3:11']],
    ['typo', 'image = "i"\ncommit = true\nchange = []\n', ['E Unsupported argument: An argument named "change" is not expected here. Did you mean "changes"? @3:1']],
  ];
  test.each(errors)('%s', (_n, src, want) => {
    expect(brief(decodeHcl(dockerBuilderSchema, src).diagnostics)).toEqual(want);
  });
});
