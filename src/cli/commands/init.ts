// `kiln init`: Packer's "install the plugins this template requires". Kiln's plugins are built in, so init checks
// that each required plugin is one of them and says which; a plugin Kiln lacks is an error, as a failed install.
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { parseFlags, type FlagSpec } from '../args.js';
import type { CommandRun } from '../io.js';
import { writeDiagnostics } from '../template-load.js';
import { PACKER_COMPAT_VERSION } from '../../template/packer-version.js';
import { templateCountError } from './validate.js';

export const initHelp = `Usage: kiln init [options] TEMPLATE

  Install all the missing plugins required in a template. Kiln's plugins are
  built in: init checks that every plugin the template's packer block
  requires is one of them, and fails for one that is not.

  This is the first command that should be executed when working with a new
  or existing template. It is always safe to run multiple times.

Options:
  -upgrade                     Accepted for Packer compatibility; built-in
                               plugins are upgraded with kiln itself.
  -force                       Accepted for Packer compatibility.`;

const flagSpecs: readonly FlagSpec[] = [
  { name: 'upgrade', kind: 'bool', usage: 'Update installed plugins.' },
  { name: 'force', kind: 'bool', usage: 'Force reinstallation of plugins.' },
];

const noRequirements = `
No plugins requirement found, make sure you reference a Packer config
containing a packer.required_plugins block. See
https://www.packer.io/docs/templates/hcl_templates/blocks/packer
for more info.
`;

export const runInit: CommandRun = async (argv, io) => {
  const parsed = parseFlags(argv, flagSpecs);
  if (parsed.help === true) {
    io.stdout.write(initHelp + '\n');
    return 0;
  }
  if (parsed.error !== undefined || parsed.positional.length !== 1) {
    io.stderr.write((parsed.error ?? templateCountError('init', parsed.positional)) + '\n');
    io.stdout.write(initHelp + '\n');
    return 1;
  }
  const [{ loadRequiredPlugins }, { createDefaultRegistry }, { isBuiltIn }] = await Promise.all([
    import('../../template/required-plugins.js'),
    import('../../plugins/registry.js'),
    import('../../template/packer-block.js'),
  ]);
  const registry = createDefaultRegistry();
  const r = await loadRequiredPlugins({ path: parsed.positional[0]!, cwd: io.cwd, packerVersion: PACKER_COMPAT_VERSION }, registry);
  // The loader warns about plugins Kiln lacks; for init those are errors, said once below.
  const diags: Diagnostic[] = r.diagnostics.filter((d) => d.summary !== 'Plugin not built in');
  for (const p of r.plugins) {
    if (isBuiltIn(p.name, registry)) continue;
    diags.push(
      errorDiag(
        `Failed getting the "${p.source}" plugin`,
        `Kiln cannot install plugins, and "${p.name}" (${p.source} ${p.version}) is not one of its built-in plugins. Remove the requirement, or build with Packer for the components it provides.`,
        p.range,
      ),
    );
  }
  const status = writeDiagnostics(io, diags, { sources: r.sources });
  if (status !== 0) return status;
  if (r.plugins.length === 0) {
    io.stdout.write(noRequirements);
    return 0;
  }
  for (const p of r.plugins) io.stdout.write(`Plugin "${p.name}" (${p.source} ${p.version}) is built into kiln: nothing to install.\n`);
  return 0;
};
