// The docker builder's options (packer-plugin-docker builder/docker Config) and Prepare's validations.
import { statSync } from 'node:fs';
import type { Diagnostic } from '../../../hcl/diagnostics/diagnostic.js';
import { packerCommonFields } from '../../common/packer-fields.js';
import { communicatorChecks, communicatorFields } from '../../schema/communicator.js';
import { changeProblem } from './changes.js';
import { bool, invalid, list, map, object, optional, string, type Infer, present } from '../../schema/index.js';

/** ECR credentials (AwsAccessConfig), shared with the docker post-processors. */
export const dockerAwsFields = {
  aws_access_key: optional(string()),
  aws_secret_key: optional(string()),
  aws_token: optional(string()),
  aws_profile: optional(string()),
  aws_force_use_public_ecr: optional(bool(), false),
} as const;

export const dockerBuilderSchema = object({
  ...packerCommonFields,
  ...communicatorFields,
  author: optional(string()),
  changes: optional(list(string()), []),
  commit: optional(bool(), false),
  container_dir: optional(string()),
  device: optional(list(string()), []),
  discard: optional(bool(), false),
  cap_add: optional(list(string()), []),
  cap_drop: optional(list(string()), []),
  exec_user: optional(string()),
  export_path: optional(string()),
  image: optional(string()),
  message: optional(string()),
  privileged: optional(bool(), false),
  pty: optional(bool(), false),
  runtime: optional(string()),
  pull: optional(bool(), true),
  run_command: optional(list(string())),
  tmpfs: optional(list(string()), []),
  volumes: optional(map(string()), {}),
  fix_upload_owner: optional(bool(), true),
  windows_container: optional(bool(), false),
  platform: optional(string()),
  login: optional(bool(), false),
  login_password: optional(string()),
  login_server: optional(string()),
  login_username: optional(string()),
  ecr_login: optional(bool(), false),
  ...dockerAwsFields,
}).check(
  (c, ctx) => (ctx.isUnknown('windows_container') ? [] : communicatorChecks(c.windows_container ? 'dockerWindowsContainer' : 'docker')(c, ctx)),
  (c, ctx) => {
    const out: Diagnostic[] = [];
    const has = (n: string) => present(c, ctx, n);
    const on = (n: 'commit' | 'discard') => ctx.isUnknown(n) || c[n];
    if (!has('image')) out.push(invalid('Image must be specified', ctx.rangeOf('image')));
    const exportPath = has('export_path');
    if ((exportPath && on('commit')) || (exportPath && on('discard')) || (on('commit') && on('discard'))) {
      const later = ['commit', 'discard', 'export_path']
        .filter((n) => (n === 'export_path' ? exportPath : on(n as 'commit' | 'discard')))
        .map((n) => ctx.rangeOf(n))
        .sort((a, b) => b.start.byte - a.start.byte)[0]!;
      out.push(invalid('Cannot specify more than one of commit, discard, and export_path', later));
    }
    if (!exportPath && !on('commit') && !on('discard')) {
      out.push(invalid('No instructions given for handling the artifact; expected commit, discard, or export_path', ctx.blockRange));
    }
    if (c.export_path !== undefined && c.export_path !== '') {
      try {
        if (statSync(c.export_path).isDirectory()) out.push(invalid('export_path must be a file, not a directory', ctx.rangeOf('export_path')));
      } catch {
        // A path that does not exist yet is what export_path normally is.
      }
    }
    if (!ctx.isUnknown('changes')) {
      for (const change of c.changes) {
        const problem = changeProblem(change);
        if (problem !== undefined) out.push(invalid(problem, ctx.rangeOf('changes')));
      }
    }
    if (c.ecr_login && !has('login_server')) out.push(invalid('ECR login requires login server to be provided.', ctx.rangeOf('ecr_login')));
    return out;
  },
);

export type DockerBuilderConfig = Infer<typeof dockerBuilderSchema>;
