// Go's path/filepath on Unix (Clean, Join, Base, Dir, Rel, Abs), whose exact results the file functions return.

/** filepath.Clean: the shortest equivalent path, by purely lexical processing. */
export function goClean(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  let dotdots = 0; // leading ".." elements of a relative path, which cannot be backed over
  for (const elem of path.split('/')) {
    if (elem === '' || elem === '.') continue;
    if (elem === '..') {
      if (out.length > dotdots) out.pop();
      else if (!rooted) {
        out.push('..');
        dotdots++;
      }
      continue;
    }
    out.push(elem);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** filepath.Join: the non-empty elements joined by "/" and cleaned; "" when all are empty. */
export function goJoin(...elems: string[]): string {
  const parts = elems.filter((e) => e !== '');
  return parts.length === 0 ? '' : goClean(parts.join('/'));
}

/** filepath.Base: the last element, trailing slashes removed; "." for "", "/" for all-slashes. */
export function goBase(path: string): string {
  if (path === '') return '.';
  let p = path;
  while (p.length > 0 && p.endsWith('/')) p = p.slice(0, -1);
  if (p === '') return '/';
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(i + 1) : p;
}

/** filepath.Dir: everything but the last element, cleaned. */
export function goDir(path: string): string {
  const i = path.lastIndexOf('/');
  return goClean(path.slice(0, i + 1));
}

export function goIsAbs(path: string): boolean {
  return path.startsWith('/');
}

/** filepath.Abs: joined to the working directory when relative, then cleaned. */
export function goAbs(path: string, cwd: string): string {
  return goIsAbs(path) ? goClean(path) : goJoin(cwd, path);
}

/** filepath.Rel: a relative path from base to target, or an error message when there is none. */
export function goRel(basePath: string, targPath: string): { path: string } | { error: string } {
  const base = goClean(basePath);
  const targ = goClean(targPath);
  if (targ === base) return { path: '.' };
  const b = base === '.' ? '' : base;
  const t = targ;
  const baseSlashed = b.startsWith('/');
  const targSlashed = t.startsWith('/');
  if (baseSlashed !== targSlashed) return { error: `Rel: can't make ${targPath} relative to ${basePath}` };
  // Find the common prefix, element by element.
  const bl = b.length;
  const tl = t.length;
  let b0 = 0;
  let bi = 0;
  let t0 = 0;
  let ti = 0;
  for (;;) {
    while (bi < bl && b[bi] !== '/') bi++;
    while (ti < tl && t[ti] !== '/') ti++;
    if (t.slice(t0, ti) !== b.slice(b0, bi)) break;
    if (bi < bl) bi++;
    if (ti < tl) ti++;
    b0 = bi;
    t0 = ti;
  }
  if (b.slice(b0, bi) === '..') return { error: `Rel: can't make ${targPath} relative to ${basePath}` };
  if (b0 !== bl) {
    // Climb out of the rest of base, then descend into target.
    const seps = b.slice(b0).split('/').length - 1;
    let rel = '..' + '/..'.repeat(seps);
    if (t0 !== tl) rel += '/' + t.slice(t0);
    return { path: rel };
  }
  return { path: t.slice(t0) };
}
