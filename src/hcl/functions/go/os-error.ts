// Go's text for file-system failures ("open x: no such file or directory") and FileMode.String ("drwxr-xr-x").
import type { Stats } from 'node:fs';

const errnoText: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  EINVAL: 'invalid argument',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EEXIST: 'file exists',
  ENOTEMPTY: 'directory not empty',
  EBUSY: 'device or resource busy',
  EXDEV: 'invalid cross-device link',
};

/** The errno code of a Node file-system error, if it has one. */
export function errorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return undefined;
}

/** A Go *PathError's text: "<op> <path>: <errno text>". */
export function goPathError(op: string, path: string, err: unknown): string {
  const code = errorCode(err);
  const text = (code && errnoText[code]) ?? (err instanceof Error ? err.message : String(err));
  return `${op} ${path}: ${text}`;
}

/** Go's FileMode.String for a stat result: type letters (or "-") then the nine permission bits. */
export function goFileModeString(st: Stats): string {
  let letters = '';
  if (st.isDirectory()) letters += 'd';
  if (st.isSymbolicLink()) letters += 'L';
  if (st.isBlockDevice() || st.isCharacterDevice()) letters += 'D';
  if (st.isFIFO()) letters += 'p';
  if (st.isSocket()) letters += 'S';
  if (st.mode & 0o4000) letters += 'u';
  if (st.mode & 0o2000) letters += 'g';
  if (st.isCharacterDevice()) letters += 'c';
  if (st.mode & 0o1000) letters += 't';
  if (letters === '') letters = '-';
  const rwx = 'rwxrwxrwx';
  let perms = '';
  for (let i = 0; i < 9; i++) perms += st.mode & (1 << (8 - i)) ? rwx[i] : '-';
  return letters + perms;
}
