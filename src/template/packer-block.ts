// The `packer` block: required_version (go-version constraints, checked first) and required_plugins.
import { errorDiag, hasErrors, warningDiag, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import { nameSuggestion } from '../hcl/diagnostics/suggest.js';
import type { Range } from '../hcl/source/pos.js';
import type { Attribute, Block, BodySchema } from '../hcl/structure.js';
import { convert } from '../hcl/value/convert.js';
import { StringType } from '../hcl/value/type.js';
import type { ComponentKind, ComponentRegistry } from '../plugins/types.js';
import { checkConstraints, coreVersion, parseConstraints, parseGoVersion, type VersionConstraint } from './version-constraint.js';

const packerBlockSchema: BodySchema = { attributes: [{ name: 'required_version' }], blocks: [{ type: 'required_plugins' }] };
const constraintDocs = 'https://packer.io/docs/templates/hcl_templates/blocks/packer#version-constraints';

export interface RequiredPlugin {
  name: string;
  source: string;
  version: string;
  range: Range;
}

/** Checks every `required_version` against Kiln's Packer version; errors here stop loading (as Packer). */
export function checkRequiredVersions(blocks: readonly Block[], packerVersion: string): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const found: { constraints: VersionConstraint[]; text: string; range: Range }[] = [];
  for (const block of blocks) {
    const { content, diagnostics } = block.body.content(packerBlockSchema);
    diags.push(...diagnostics);
    const attr = content.attributes.get('required_version');
    if (attr === undefined) continue;
    const c = decodeVersionConstraint(attr, diags);
    if (c !== undefined) found.push({ ...c, range: attr.range });
  }
  const parsed = parseGoVersion(packerVersion);
  if (parsed === undefined) return diags;
  const core = coreVersion(parsed);
  for (const f of found) {
    if (checkConstraints(f.constraints, core)) continue;
    diags.push(
      errorDiag(
        'Unsupported Packer Core version',
        `This configuration does not support Packer version ${core.original}. To proceed, either choose another supported Packer version or update this version constraint. Version constraints are normally set for good reason, so updating the constraint may lead to other errors or unexpected behavior. The constraint is "${f.text}".`,
        f.range,
      ),
    );
  }
  return diags;
}

function decodeVersionConstraint(attr: Attribute, diags: Diagnostic[]): { constraints: VersionConstraint[]; text: string } | undefined {
  const { value, diagnostics } = attr.expr.value(undefined);
  diags.push(...diagnostics);
  if (hasErrors(diagnostics)) return undefined;
  const conv = convert(value, StringType);
  if (!conv.ok) {
    diags.push(errorDiag('Invalid version constraint', `A string value is required for ${attr.name}.`, attr.expr.range()));
    return undefined;
  }
  if (conv.value.isNull || !conv.value.isWhollyKnown) return undefined;
  const text = conv.value.unmark().asString();
  const r = parseConstraints(text);
  if ('error' in r) {
    diags.push(
      errorDiag('Invalid version constraint', `This string does not use correct version constraint syntax. Check out the docs: ${constraintDocs}`, attr.expr.range()),
    );
    return undefined;
  }
  return { constraints: r.constraints, text };
}

/** Decodes `required_plugins`; Kiln's components are built in, so a plugin it lacks is a warning. */
export function decodeRequiredPlugins(blocks: readonly Block[], registry: ComponentRegistry): { plugins: RequiredPlugin[]; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const plugins: RequiredPlugin[] = [];
  for (const block of blocks) {
    const { content } = block.body.content(packerBlockSchema);
    for (const rp of content.blocks) {
      const { attributes, diagnostics } = rp.body.justAttributes();
      diags.push(...diagnostics);
      const sorted = [...attributes.values()].sort((a, b) => a.range.start.byte - b.range.start.byte);
      for (const attr of sorted) {
        const p = decodeOnePlugin(attr, diags);
        if (p === undefined) continue;
        plugins.push(p);
        if (!isBuiltIn(p.name, registry)) {
          diags.push(
            warningDiag(
              'Plugin not built in',
              `Kiln has no built-in plugin "${p.name}" (required as ${p.source} ${p.version}); components from it will be reported as unknown. Built-in components need no plugin installation.`,
              attr.range,
            ),
          );
        }
      }
    }
  }
  return { plugins, diagnostics: diags };
}

function decodeOnePlugin(attr: Attribute, diags: Diagnostic[]): RequiredPlugin | undefined {
  const { value, diagnostics } = attr.expr.value(undefined);
  diags.push(...diagnostics);
  if (hasErrors(diagnostics)) return undefined;
  const range = attr.expr.range();
  const t = value.type;
  if (t.kind === 'string' || t.kind === 'number' || t.kind === 'bool') {
    const shown = t.kind === 'string' && value.isKnown && !value.isNull ? value.asString() : 'version';
    diags.push(
      errorDiag(
        'Invalid plugin requirement',
        `'${attr.name} = "${shown}"' plugin requirement calls are not possible. You must define a whole block. For example:\n${attr.name} = {\n  source  = "github.com/hashicorp/${attr.name}"\n  version = "${shown}"\n}`,
        attr.range,
      ),
    );
    return undefined;
  }
  if (t.kind !== 'object' || !value.isKnown || value.isNull) {
    diags.push(errorDiag('Invalid required_plugins syntax', 'required_plugins entries must be objects.', range));
    return undefined;
  }
  const attrs = value.attributes();
  const version = attrs.get('version');
  if (version === undefined) {
    diags.push(
      errorDiag(
        'No version constraint was set',
        `The version field must be specified as a string. Ex: \`version = ">= 1.2.0, < 2.0.0". See https://www.packer.io/docs/templates/hcl_templates/blocks/packer#version-constraints for docs${misspeltKey(attrs.keys(), 'version')}`,
        range,
      ),
    );
    return undefined;
  }
  if (version.type.kind !== 'string' || version.isNull || !version.isKnown) {
    diags.push(errorDiag('Invalid version constraint', 'Version must be specified as a string. See https://www.packer.io/docs/templates/hcl_templates/blocks/packer#version-constraint-syntax for docs.', range));
    return undefined;
  }
  const versionText = version.asString();
  const parsed = parseConstraints(versionText);
  if ('error' in parsed) {
    diags.push(
      errorDiag(
        'Invalid version constraint',
        `This string does not use correct version constraint syntax. See https://www.packer.io/docs/templates/hcl_templates/blocks/packer#version-constraint-syntax for docs.\n${parsed.error}`,
        range,
      ),
    );
    return undefined;
  }
  if (parsed.constraints.some((c) => c.version.pre !== '')) {
    diags.push(errorDiag('Invalid version constraint', `Unsupported prerelease for constraint "${versionText}"`, range));
  }
  const source = attrs.get('source');
  if (source === undefined) {
    diags.push(
      errorDiag(
        'No source was set',
        `The source field must be specified as a string. Ex: \`source = "coolcloud". See https://www.packer.io/docs/templates/hcl_templates/blocks/packer#specifying-plugin-requirements for docs${misspeltKey(attrs.keys(), 'source')}`,
        range,
      ),
    );
    return undefined;
  }
  if (source.type.kind !== 'string' || source.isNull || !source.isKnown) {
    diags.push(errorDiag('Invalid source', 'Source must be specified as a string. For example: source = "coolcloud"', range));
    return undefined;
  }
  const sourceText = source.asString();
  const parts = sourceText.split('/');
  if (parts.length < 3 || parts.some((p) => p === '')) {
    diags.push(
      errorDiag('Failed to parse source', `The source "${sourceText}" is not a valid plugin source: it must look like "hostname/namespace/name", e.g. "github.com/hashicorp/docker".`, attr.range),
    );
    return undefined;
  }
  for (const k of attrs.keys()) {
    if (k === 'version' || k === 'source') continue;
    const s = nameSuggestion(k, ['version', 'source']);
    const hint = s === undefined ? '' : ` "${k}" is not one of them: did you mean "${s}"?`;
    diags.push(errorDiag('Invalid required_plugins object', `required_plugins objects can only contain "version" and "source" attributes.${hint}`, range));
    break;
  }
  const last = parts[parts.length - 1] ?? '';
  return { name: last.replace(/^packer-plugin-/, ''), source: sourceText, version: versionText, range: attr.range };
}

/** ". The object has "versoin": did you mean "version"?" when a key of the object is a misspelling of `want`. */
function misspeltKey(keys: Iterable<string>, want: string): string {
  for (const k of keys) if (k !== want && nameSuggestion(k, [want]) !== undefined) return `. The object has "${k}": did you mean "${want}"?`;
  return '';
}

const kinds: readonly ComponentKind[] = ['builder', 'provisioner', 'post-processor', 'datasource'];

/** True when Kiln has components of the plugin `name` (the plugin "docker" gives "docker", "docker-tag", …). */
export function isBuiltIn(name: string, registry: ComponentRegistry): boolean {
  return kinds.some((k) => registry.types(k).some((t) => t === name || t.startsWith(`${name}-`)));
}
