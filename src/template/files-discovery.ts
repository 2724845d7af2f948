// Which files a template path names: one `.pkr.hcl`/`.pkr.json` file, a directory of them, or a legacy JSON template.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { errorDiag, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';

export const hcl2FileExt = '.pkr.hcl';
export const hcl2JsonFileExt = '.pkr.json';

export type Discovery =
  /** HCL2 files as Packer lists them: native files first, then JSON files, each group in lexical order. */
  | { kind: 'hcl2'; files: string[]; isDir: boolean; diagnostics: Diagnostic[] }
  | { kind: 'legacy'; diagnostics: Diagnostic[] }
  | { kind: 'error'; diagnostics: Diagnostic[] };

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
    return { kind: 'error', diagnostics: [errorDiag(`Failed to read ${path}`, `stat ${path}: ${why}`)] };
  }
  if (!isDir) {
    if (path.endsWith(hcl2FileExt) || path.endsWith(hcl2JsonFileExt)) return { kind: 'hcl2', files: [path], isDir: false, diagnostics: [] };
    return { kind: 'legacy', diagnostics: [] };
  }
  let names: string[];
  try {
    const entries = await readdir(abs, { withFileTypes: true });
    names = entries.filter((e) => !e.isDirectory()).map((e) => e.name);
  } catch (err) {
    return { kind: 'error', diagnostics: [errorDiag('Cannot read hcl directory', (err as Error).message)] };
  }
  names.sort();
  const hcl = names.filter((n) => n.endsWith(hcl2FileExt)).map((n) => join(path, n));
  const json = names.filter((n) => n.endsWith(hcl2JsonFileExt)).map((n) => join(path, n));
  const files = [...hcl, ...json];
  if (files.length === 0) {
    return {
      kind: 'error',
      diagnostics: [errorDiag(`Could not find any config file in ${path}`, 'A config file must be suffixed with `.pkr.hcl` or `.pkr.json`. A folder can be referenced.')],
    };
  }
  return { kind: 'hcl2', files, isDir: true, diagnostics: [] };
}
