// Exclude patterns for directory transfers: a path, a path prefix, or a doublestar glob on the relative path or base name.
import { globMatch } from '../../hcl/functions/go/glob.js';

/** True when the "/"-separated relative path `rel` is excluded by one of `patterns`. */
export function isExcluded(rel: string, patterns: readonly string[]): boolean {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  return patterns.some((raw) => {
    const p = raw.replace(/^\.\//, '').replace(/\/+$/, '');
    if (p === '') return false;
    if (rel === p || rel.startsWith(`${p}/`)) return true;
    if (globMatch(p, rel) === true) return true;
    return !p.includes('/') && globMatch(p, base) === true;
  });
}
