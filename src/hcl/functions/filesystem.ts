// File and path functions (go-cty-funcs/filesystem, Packer's filebase64), resolving relative paths against a base directory.
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { FunctionError, type HclFunction } from './function.js';
import { goQuote, param, staticReturn } from './helpers.js';
import { globPaths } from './go/glob.js';
import { errorCode, goFileModeString, goPathError } from './go/os-error.js';
import { goAbs, goBase, goClean, goDir, goIsAbs, goJoin, goRel } from './go/path.js';
import { BoolType, StringType, setOf } from '../value/type.js';
import { Value } from '../value/value.js';

export interface FilesystemOptions {
  /** Directory that relative paths in file, fileexists, fileset and templatefile resolve against. */
  baseDir: string;
  /** Working directory for abspath and filebase64 (default: process.cwd()). */
  cwd?: string;
  /** Home directory for "~" (default: os.homedir()). */
  home?: string;
}

/** go-homedir's Expand: a leading "~" or "~/" becomes the home directory; "~user" is refused. */
export function expandHome(path: string, home: string): { path: string } | { error: string } {
  if (path === '' || path[0] !== '~') return { path };
  if (path.length > 1 && path[1] !== '/' && path[1] !== '\\') return { error: 'cannot expand user-specific home dir' };
  return { path: goJoin(home, path.slice(1)) };
}

/** The canonical path a file function reads: "~" expanded, joined to the base directory, cleaned. */
function resolvePath(raw: string, opts: FilesystemOptions): string {
  const expanded = expandHome(raw, opts.home ?? homedir());
  if ('error' in expanded) throw new FunctionError(`failed to expand ~: ${expanded.error}`);
  const p = goIsAbs(expanded.path) ? expanded.path : goJoin(opts.baseDir, expanded.path);
  return goClean(p);
}

/** go-cty-funcs readFileBytes, with its friendlier error texts. */
export function readFileBytes(raw: string, opts: FilesystemOptions): Buffer {
  const path = resolvePath(raw, opts);
  try {
    return readFileSync(path);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') throw new FunctionError(`no file exists at ${path}`);
    throw new FunctionError(`failed to read ${path}`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** file(path) as a string; the contents must be valid UTF-8. Shared with templatefile. */
export function readTextFile(raw: string, opts: FilesystemOptions): string {
  const bytes = readFileBytes(raw, opts);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new FunctionError(
      `contents of ${raw} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead`,
    );
  }
}

function pathFunction(impl: (path: string) => string): HclFunction {
  return {
    params: [param('path', StringType)],
    returnType: staticReturn(StringType),
    impl: (args) => Value.string(impl(args[0]!.asString())),
  };
}

/** The file and path functions for one base directory. */
export function makeFilesystemFunctions(opts: FilesystemOptions): Record<string, HclFunction> {
  const cwd = () => opts.cwd ?? process.cwd();
  const home = () => opts.home ?? homedir();

  const fileexists: HclFunction = {
    params: [param('path', StringType)],
    returnType: staticReturn(BoolType),
    impl: (args) => {
      const path = resolvePath(args[0]!.asString(), opts);
      let st;
      try {
        st = statSync(path);
      } catch (err) {
        if (errorCode(err) === 'ENOENT') return Value.False;
        throw new FunctionError(`failed to stat ${path}`);
      }
      if (st.isFile()) return Value.True;
      throw new FunctionError(`${path} is not a regular file, but ${goQuote(goFileModeString(st))}`);
    },
  };

  const fileset: HclFunction = {
    params: [param('path', StringType), param('pattern', StringType)],
    returnType: staticReturn(setOf(StringType)),
    impl: (args) => {
      let path = args[0]!.asString();
      if (!goIsAbs(path)) path = goJoin(opts.baseDir, path);
      const pattern = goJoin(path, args[1]!.asString());
      const globbed = globPaths(pattern);
      if ('error' in globbed) throw new FunctionError(`failed to glob pattern (${pattern}): ${globbed.error}`);
      const found = new Set<string>();
      for (const match of globbed.matches) {
        let st;
        try {
          st = statSync(match);
        } catch (err) {
          throw new FunctionError(`failed to stat (${match}): ${goPathError('stat', match, err)}`);
        }
        if (!st.isFile()) continue;
        const rel = goRel(path, match);
        // Go reports the match after filepath.Rel has replaced it with "".
        if ('error' in rel) throw new FunctionError(`failed to trim path of match (): ${rel.error}`);
        found.add(rel.path);
      }
      const sorted = [...found].map((s) => Value.string(s));
      sorted.sort((a, b) => Buffer.compare(Buffer.from(a.asString()), Buffer.from(b.asString())));
      return Value.setRaw(dedupe(sorted), StringType);
    },
  };

  const filebase64: HclFunction = {
    params: [param('path', StringType, { description: 'Read a file and encode it as a base64 string' })],
    returnType: staticReturn(StringType),
    impl: (args) => {
      // Packer's own filebase64 reads the path as given: relative to the working directory, no "~".
      const path = args[0]!.asString();
      try {
        const full = goIsAbs(path) ? path : goJoin(cwd(), path);
        return Value.string(readFileSync(full).toString('base64'));
      } catch (err) {
        const op = errorCode(err) === 'EISDIR' ? 'read' : 'open';
        throw new FunctionError(`failed to read file ${goQuote(path)}: ${goPathError(op, path, err)}`);
      }
    },
  };

  return {
    abspath: pathFunction((p) => goAbs(p, cwd())),
    basename: pathFunction(goBase),
    dirname: pathFunction(goDir),
    pathexpand: pathFunction((p) => {
      const r = expandHome(p, home());
      if ('error' in r) throw new FunctionError(r.error);
      return r.path;
    }),
    file: pathFunction((p) => readTextFile(p, opts)),
    fileexists,
    fileset,
    filebase64,
  };
}

/** Removes neighbouring duplicates from a sorted list (NFC normalisation can merge distinct names). */
function dedupe(sorted: Value[]): Value[] {
  return sorted.filter((v, i) => i === 0 || v.asString() !== sorted[i - 1]!.asString());
}
