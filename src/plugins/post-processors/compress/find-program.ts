// Whether a program is on PATH (as a shell would find it), without running it.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';

/** The full path of `name` on `path` (PATH's value), or undefined when no directory has it executable. */
export async function findProgram(name: string, path: string | undefined = process.env.PATH): Promise<string | undefined> {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '' || !isAbsolute(dir)) continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}
