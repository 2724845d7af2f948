// `kiln hcl2_upgrade`: transforms a legacy JSON template into an HCL2 configuration, as `packer hcl2_upgrade` does.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { errorDiag, hasErrors } from '../../hcl/diagnostics/diagnostic.js';
import { defaultWidth, renderDiagnostics } from '../../hcl/diagnostics/render-text.js';
import { readLegacyTemplate } from '../../template/legacy/index.js';
import { upgradeLegacyTemplate } from '../../template/upgrade/upgrade.js';
import { flagBool, flagString, parseFlags, type FlagSpec } from '../args.js';
import type { CommandRun } from '../io.js';
import { templateCountError } from './validate.js';

export const hcl2UpgradeHelp = `Usage: kiln hcl2_upgrade [options] TEMPLATE

  Will transform your JSON template into an HCL2 configuration.

Options:

  -output-file=path    Set output file name. By default this will be the
                       TEMPLATE name with ".pkr.hcl" appended to it. To be a
                       valid HCL2 template, it must have the suffix
                       ".pkr.hcl"
  -with-annotations    Add helper annotation comments to the file to help new
                       HCL2 users understand the template format.`;

const flagSpecs: readonly FlagSpec[] = [
  { name: 'output-file', kind: 'string', usage: 'Set output file name' },
  { name: 'with-annotations', kind: 'bool', usage: 'Add helper annotation comments' },
];

export const runHcl2Upgrade: CommandRun = async (argv, io) => {
  const parsed = parseFlags(argv, flagSpecs);
  if (parsed.help === true) {
    io.stdout.write(`${hcl2UpgradeHelp}\n`);
    return 0;
  }
  if (parsed.error !== undefined || parsed.positional.length !== 1) {
    io.stderr.write(`${parsed.error ?? templateCountError('hcl2_upgrade', parsed.positional)}\n`);
    io.stdout.write(`${hcl2UpgradeHelp}\n`);
    return 1;
  }
  const path = parsed.positional[0] as string;
  const outputFile = flagString(parsed.values, 'output-file') || `${path}.pkr.hcl`;
  const read = await readLegacyTemplate(path, io.cwd);
  const sources = new Map<string, string>();
  if (read.text !== undefined) sources.set(path, read.text);
  if (read.template === undefined || hasErrors(read.diagnostics)) {
    const diags = read.diagnostics.length > 0 ? read.diagnostics : [errorDiag('Failed to get config from JSON', undefined)];
    io.stderr.write(`${renderDiagnostics(diags, { sources, width: defaultWidth })}\n`);
    io.stderr.write('Failed to get config from JSON\n');
    return 1;
  }
  const text = upgradeLegacyTemplate(read.template, { withAnnotations: flagBool(parsed.values, 'with-annotations') });
  const target = resolve(io.cwd, outputFile);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  } catch (err) {
    io.stderr.write(`Failed to create output file: ${(err as Error).message}\n`);
    return 1;
  }
  io.stdout.write(`Successfully created ${outputFile}. Exit 0\n`);
  return 0;
};
