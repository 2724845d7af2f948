// Which files a template path names: one `.pkr.hcl`/`.pkr.json` file, a directory of them, or a legacy JSON template.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { errorDiag, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import { nameSuggestion } from '../hcl/diagnostics/suggest.js';

export const hcl2FileExt = '.pkr.hcl';
export const hcl2JsonFileExt = '.pkr.json';

export type Discovery =
  /** HCL2 files as Packer lists them: native files first, then JSON files, each group in lexical order. */
  | { kind: 'hcl2'; files: string[]; isDir: boolean; diagnostics: Diagnostic[] }
  | { kind: 'legacy'; diagnostics: Diagnostic[] }
  | { kind: 'error'; diagnostics: Diagnostic[] };

/** " Did you mean "web.pkr.hcl"?" when the folder of a path that does not exist holds a file or folder of a close name. */
export async function nearbyPath(path: string, cwd: string): Promise<string> {
  const dir = dirname(path);
  const names = await readdir(resolve(cwd, dir)).catch(() => [] as string[]);
  const s = nameSuggestion(basename(path), names);
  return s === undefined ? '' : `. Did you mean "${dir === '.' && !path.startsWith('./') ? s : join(dir, s)}"?`;
}

/** What a directory without templates holds that the user may have meant: a legacy template, misnamed files, subfolders. */
async function whatIsThere(path: string, abs: string, names: readonly string[], dirs: readonly string[]): Promise<string> {
  const hints: string[] = [];
  const legacy = names.filter((n) => n.endsWith('.json') && !n.endsWith('.pkrvars.json'));
  for (const n of legacy.slice(0, 3)) hints.push(`${join(path, n)} may be a legacy JSON template: give it as the path itself.`);
  const misnamed = names.filter((n) => n.endsWith('.hcl') && !n.endsWith('.pkrvars.hcl'));
  for (const n of misnamed.slice(0, 3)) hints.push(`${join(path, n)} is not read: rename it to ${n.replace(/\.hcl$/, '')}.pkr.hcl.`);
  const varFiles = names.filter((n) => /\.pkrvars\.(hcl|json)$/.test(n));
  if (varFiles.length > 0 && hints.length === 0) hints.push(`${varFiles.join(', ')} only set variables; the templates they go with end in .pkr.hcl.`);
  for (const d of dirs.slice(0, 20)) {
    const inner = await readdir(join(abs, d)).catch(() => [] as string[]);
    if (inner.some((n) => n.endsWith(hcl2FileExt) || n.endsWith(hcl2JsonFileExt))) hints.push(`${join(path, d)} has templates, but folders are not searched: give ${join(path, d)} as the path.`);
  }
  return hints.length === 0 ? '' : `\n\n${hints.join('\n')}`;
}

/** Decides the template type as Packer's GetConfigType and lists the HCL2 files as GetHCL2Files. */
export async function discoverTemplateFiles(path: string, cwd: string): Promise<Discovery> {
  const abs = resolve(cwd, path);
  const isHcl2Name = path.endsWith(hcl2FileExt) || path.endsWith(hcl2JsonFileExt);
  let isDir: boolean;
  try {
    isDir = (await stat(abs)).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : (err as Error).message;
    if (!isHcl2Name) return { kind: 'legacy', diagnostics: [] };
    return { kind: 'error', diagnostics: [errorDiag(`Failed to read ${path}`, `stat ${path}: ${why}${code === 'ENOENT' ? await nearbyPath(path, cwd) : ''}`)] };
  }
  if (!isDir) {
    if (path.endsWith(hcl2FileExt) || path.endsWith(hcl2JsonFileExt)) return { kind: 'hcl2', files: [path], isDir: false, diagnostics: [] };
    return { kind: 'legacy', diagnostics: [] };
  }
  let names: string[];
  let dirs: string[];
  try {
    const entries = await readdir(abs, { withFileTypes: true });
    names = entries.filter((e) => !e.isDirectory()).map((e) => e.name);
    dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  } catch (err) {
    return { kind: 'error', diagnostics: [errorDiag('Cannot read hcl directory', (err as Error).message)] };
  }
  names.sort();
  const hcl = names.filter((n) => n.endsWith(hcl2FileExt)).map((n) => join(path, n));
  const json = names.filter((n) => n.endsWith(hcl2JsonFileExt)).map((n) => join(path, n));
  const files = [...hcl, ...json];
  if (files.length === 0) {
    const hints = await whatIsThere(path, abs, names, dirs);
    return {
      kind: 'error',
      diagnostics: [
        errorDiag(`Could not find any config file in ${path}`, `A config file must be suffixed with \`.pkr.hcl\` or \`.pkr.json\`. A folder can be referenced.${hints}`),
      ],
    };
  }
  return { kind: 'hcl2', files, isDir: true, diagnostics: [] };
}
