// shell-local's options (packer-plugin-sdk shell-local Config), shared by the provisioner and the post-processor.
import type { Diagnostic } from '../../../hcl/diagnostics/diagnostic.js';
import { environmentVarsCheck, scriptsExistCheck, shellCommonFields } from '../../common/shell-fields.js';
import { bool, invalid, list, object, optional, string, type Infer, present } from '../../schema/index.js';

const supportedOs = ['darwin', 'freebsd', 'linux', 'openbsd', 'solaris', 'windows'];
const tooMany =
  'You may only specify one of the following options: Command, Inline, Script or Scripts. Please consolidate these options in your config.';

export const shellLocalSchema = object({
  ...shellCommonFields,
  command: optional(string()),
  execute_command: optional(list(string())),
  inline_shebang: optional(string()),
  only_on: optional(list(string())),
  tempfile_extension: optional(string()),
  use_linux_pathing: optional(bool(), false),
}).check(
  (c, ctx) => {
    const has = (n: string) => present(c, ctx, n);
    const out: Diagnostic[] = [];
    if (!has('command') && !has('inline') && !has('script') && !has('scripts')) {
      return [invalid('Command, Inline, Script and Scripts options cannot all be empty.', ctx.blockRange)];
    }
    const set = ['command', 'inline', 'script', 'scripts'].filter((n) => has(n));
    if (set.length > 1) {
      const second = set.map((n) => ctx.rangeOf(n)).sort((a, b) => a.start.byte - b.start.byte)[1]!;
      out.push(invalid(tooMany, second));
    }
    if (!ctx.isUnknown('only_on')) {
      const bad = (c.only_on ?? []).find((os) => !supportedOs.includes(os));
      if (bad !== undefined) {
        out.push(invalid(`Invalid OS specified in only_on: '${bad}'\nSupported OS names: ${supportedOs.join(', ')}`, ctx.rangeOf('only_on')));
      }
    }
    if (c.use_linux_pathing && has('inline')) {
      out.push(
        invalid(
          'Packer is unable to use the Command and Inline features with the Windows Linux Subsystem. Please use the Script or Scripts options instead',
          ctx.rangeOf('inline'),
        ),
      );
    }
    return out;
  },
  scriptsExistCheck(),
  environmentVarsCheck(),
);

export type ShellLocalConfig = Infer<typeof shellLocalSchema>;
