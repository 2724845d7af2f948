// What a user reads for an exception inside a build step: Go's "<op> <path>: <reason>" for file-system errors
// (as Packer prints them) instead of Node's "ENOENT: no such file or directory, open '/abs/path'".
import { isAbsolute, relative } from 'node:path';
import { errorCode, goPathError } from '../hcl/functions/go/os-error.js';

/** Node's system-call names where Go's os package names the operation differently. */
const goOp: Readonly<Record<string, string>> = { copyfile: 'open', scandir: 'open', opendir: 'open' };

/** The text of `err`; a file-system error names its path relative to `cwd` when it lies inside it. */
export function errorText(err: unknown, cwd?: string): string {
  if (err instanceof Error && errorCode(err) !== undefined) {
    const { syscall, path } = err as NodeJS.ErrnoException;
    if (syscall !== undefined && path !== undefined) return goPathError(goOp[syscall] ?? syscall, displayPath(path, cwd), err);
  }
  return err instanceof Error ? err.message : String(err);
}

function displayPath(path: string, cwd: string | undefined): string {
  if (cwd === undefined || !isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
