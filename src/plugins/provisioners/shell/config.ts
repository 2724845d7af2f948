// The shell provisioner's options (Packer's provisioner/shell Config) and Prepare's validations.
import { environmentVarsCheck, scriptsExistCheck, shellCommonFields } from '../../common/shell-fields.js';
import { bool, duration, invalid, object, optional, present, string, type Infer } from '../../schema/index.js';

export const shellSchema = object({
  ...shellCommonFields,
  binary: optional(bool(), false),
  remote_path: optional(string()),
  execute_command: optional(string()),
  inline_shebang: optional(string(), '/bin/sh -e'),
  pause_after: optional(duration()),
  use_env_var_file: optional(bool(), false),
  remote_folder: optional(string(), '/tmp'),
  remote_file: optional(string()),
  start_retry_timeout: optional(duration(), 5 * 60 * 1000),
  skip_clean: optional(bool(), false),
  expect_disconnect: optional(bool(), false),
}).check(
  (c, ctx) => {
    const has = (n: string) => present(c, ctx, n);
    if (has('script') && has('scripts')) return [invalid('Only one of script or scripts can be specified.', ctx.rangeOf('scripts'))];
    const scripts = has('script') || has('scripts');
    // Packer treats `inline = []` as not set, but any inline list (even empty) conflicts with scripts.
    const inlineSet = ctx.isSet('inline');
    if (!scripts && !has('inline')) return [invalid('Either a script file or inline script must be specified.', ctx.blockRange)];
    if (scripts && inlineSet) {
      const later = [ctx.rangeOf('inline'), ctx.rangeOf(has('script') ? 'script' : 'scripts')].sort((a, b) => b.start.byte - a.start.byte)[0]!;
      return [invalid('Only a script file or an inline script can be specified, not both.', later)];
    }
    return [];
  },
  scriptsExistCheck(),
  environmentVarsCheck(),
);

export type ShellConfig = Infer<typeof shellSchema>;
