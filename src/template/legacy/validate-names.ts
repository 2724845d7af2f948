// Packer's template.Validate: only/except/override must name builders that exist, min_packer_version must hold.
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { compareGoVersions, parseGoVersion } from '../version-constraint.js';
import type { LegacyTemplate, NameList } from './model.js';

/** Compares two versions with go-version's rules; undefined when either is not a version. */
export function compareVersions(a: string, b: string): number | undefined {
  const x = parseGoVersion(a);
  const y = parseGoVersion(b);
  return x === undefined || y === undefined ? undefined : compareGoVersions(x, y);
}

export function checkMinVersion(tpl: LegacyTemplate, packerVersion: string): Diagnostic[] {
  if (tpl.minVersion === undefined) return [];
  const { value, range } = tpl.minVersion;
  const cmp = compareVersions(packerVersion, value);
  if (cmp === undefined) return [errorDiag(`min_packer_version is not a valid version: ${value}`, 'Use a version such as "1.7.0".', range)];
  if (cmp < 0) {
    return [errorDiag(`This template requires Packer version ${value} or higher; using ${packerVersion}`, `Kiln is compatible with Packer ${packerVersion}.`, range)];
  }
  return [];
}

/** Only/except and override keys must name builders (by their name, which defaults to the type). */
export function checkBuilderReferences(tpl: LegacyTemplate): Diagnostic[] {
  const names = new Set(tpl.builders.map((b) => b.name));
  const diags: Diagnostic[] = [];
  const available = `The builders are: ${[...names].map((n) => `"${n}"`).join(', ') || 'none'}.`;
  const check = (list: NameList | undefined, what: string, key: string): void => {
    list?.names.forEach((n, i) => {
      if (!names.has(n)) diags.push(errorDiag(`${what}: '${key}' specified builder '${n}' not found`, available, list.ranges[i] ?? list.range));
    });
  };
  const provisioners = tpl.provisioners.map((p, i) => ({ p, what: `provisioner ${i + 1}` }));
  if (tpl.errorCleanupProvisioner !== undefined) provisioners.push({ p: tpl.errorCleanupProvisioner, what: 'error-cleanup-provisioner' });
  for (const { p, what } of provisioners) {
    if (p.only === undefined || p.except === undefined) {
      check(p.only, what, 'only');
      check(p.except, what, 'except');
    }
    for (const [name, o] of p.override) {
      if (!names.has(name)) diags.push(errorDiag(`${what}: override '${name}' doesn't exist`, available, o.nameRange));
    }
  }
  tpl.postProcessors.forEach((chain, i) =>
    chain.forEach((pp, j) => {
      const what = `post-processor ${i + 1}.${j + 1}`;
      if (pp.only !== undefined && pp.except !== undefined) {
        diags.push(errorDiag(`${what}: only one of 'only' or 'except' may be specified`, undefined, pp.except.range));
        return;
      }
      check(pp.only, what, 'only');
      check(pp.except, what, 'except');
    }),
  );
  if (tpl.builders.length === 0) diags.push(errorDiag('at least one builder must be defined', 'Add a "builders" list with at least one builder.', tpl.range));
  return diags;
}
