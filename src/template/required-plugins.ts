// What `kiln init` needs from a template: its packer blocks' required_version and required_plugins, nothing more.
import { hasErrors, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import type { ComponentRegistry } from '../plugins/types.js';
import type { LoadOptions } from './files.js';
import { discoverTemplateFiles } from './files-discovery.js';
import { checkRequiredVersions, decodeRequiredPlugins, type RequiredPlugin } from './packer-block.js';
import { parseTemplateFiles } from './parse-files.js';
import { collectTopLevelBlocks } from './top-level.js';

export interface RequiredPluginsResult {
  plugins: RequiredPlugin[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** A legacy JSON template: it cannot declare plugin requirements. */
  legacy: boolean;
}

export async function loadRequiredPlugins(opts: Pick<LoadOptions, 'path' | 'cwd' | 'packerVersion'>, registry: ComponentRegistry): Promise<RequiredPluginsResult> {
  const sources = new Map<string, string>();
  const found = await discoverTemplateFiles(opts.path, opts.cwd);
  if (found.kind === 'legacy') return { plugins: [], diagnostics: [], sources, legacy: true };
  if (found.kind === 'error') return { plugins: [], diagnostics: found.diagnostics, sources, legacy: false };
  const parsed = await parseTemplateFiles(found.files, opts.cwd, sources);
  if (hasErrors(parsed.diagnostics)) return { plugins: [], diagnostics: parsed.diagnostics, sources, legacy: false };
  const { blocks, diagnostics: topDiags } = collectTopLevelBlocks(parsed.files);
  const versionDiags = checkRequiredVersions(blocks.packer, opts.packerVersion);
  const diagnostics = [...parsed.diagnostics, ...topDiags, ...versionDiags];
  if (hasErrors(versionDiags)) return { plugins: [], diagnostics, sources, legacy: false };
  const required = decodeRequiredPlugins(blocks.packer, registry);
  return { plugins: required.plugins, diagnostics: [...diagnostics, ...required.diagnostics], sources, legacy: false };
}
