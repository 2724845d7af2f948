import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { shellLocalSchema } from './config.js';
import { goos } from './run-shell-local.js';
import { runtime } from './runtime.js';
import { decoded, processAlive, provisionContext } from './runtime-test-support.js';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiln-sl-'));
});

const run = async (src: string, signal?: AbortSignal) => {
  const ctx = provisionContext(dir, undefined, signal ? { signal } : {});
  await runtime.provision(decoded(shellLocalSchema, src), ctx);
  return ctx.ui.lines;
};

describe('shell-local provisioner', () => {
  test('inline runs in one script, stdout as messages and stderr as errors, with Packer variables', async () => {
    const lines = await run('inline = ["cd /", "echo hi $(pwd)", "echo oops >&2", "echo $PACKER_BUILD_NAME $PACKER_BUILDER_TYPE"]\n');
    expect(lines[0]).toMatch(/^say: Running local shell script: .*packer-shell$/);
    // stdout and stderr are separate pipes: order within each stream is kept, not between them.
    expect(lines.slice(1).filter((l) => l.startsWith('message: '))).toEqual(['message: hi /', 'message: test null']);
    expect(lines.slice(1).filter((l) => l.startsWith('error: '))).toEqual(['error: oops']);
  });

  test('the temporary inline script is removed afterwards', async () => {
    const lines = await run('inline = ["echo x"]\n');
    const script = lines[0]!.replace('say: Running local shell script: ', '');
    expect(existsSync(script)).toBe(false);
  });

  test('environment_vars and env are quoted safely', async () => {
    const lines = await run(`environment_vars = ["A=it's a $HOME", "B=x=y"]\nenv = { C = "c" }\ninline = ["echo \\"$A|$B|$C\\""]\n`);
    expect(lines.slice(1)).toEqual(['message: it\'s a $HOME|x=y|c']);
  });

  test('the inline shebang (default /bin/sh -e) stops at the first failure', async () => {
    await expect(run('inline = ["false", "echo not reached"]\n')).rejects.toThrow(/^Script exited with non-zero exit status: 1\.Allowed exit codes are: \[0\]$/);
    const lines = await run('inline_shebang = "/bin/sh"\ninline = ["false", "echo reached"]\n');
    expect(lines.at(-1)).toBe('message: reached');
  });

  test('valid_exit_codes', async () => {
    await expect(run('inline = ["exit 3"]\nvalid_exit_codes = [0, 3]\n')).resolves.toBeDefined();
    await expect(run('inline = ["exit 4"]\nvalid_exit_codes = [0, 3]\n')).rejects.toThrow('Script exited with non-zero exit status: 4.Allowed exit codes are: [0 3]');
  });

  test('script and scripts run in order with their own paths', async () => {
    const a = join(dir, 'a.sh');
    const b = join(dir, 'b.sh');
    await writeFile(a, '#!/bin/sh\necho a\n');
    await writeFile(b, '#!/bin/sh\necho b "$PACKER_BUILD_NAME"\n');
    await chmod(a, 0o755);
    await chmod(b, 0o755);
    const lines = await run(`scripts = ["${a}", "${b}"]\n`);
    expect(lines).toEqual([`say: Running local shell script: ${a}`, 'message: a', `say: Running local shell script: ${b}`, 'message: b test']);
  });

  test('a script that is not executable fails like Packer (the file is not changed)', async () => {
    const a = join(dir, 'a.sh');
    await writeFile(a, 'echo a\n', { mode: 0o644 });
    await expect(run(`script = "${a}"\n`)).rejects.toThrow('Script exited with non-zero exit status: 126.');
  });

  test('command is run like a one-line inline script', async () => {
    expect((await run('command = "echo via command"\n')).slice(1)).toEqual(['message: via command']);
  });

  test('execute_command with {{.Vars}} and {{.Script}}', async () => {
    const out = join(dir, 'out');
    await run(`inline = ["echo body"]\nenvironment_vars = ["X=1"]\nexecute_command = ["/bin/sh", "-c", "echo '{{.Vars}}' > ${out}; /bin/sh {{.Script}} >> ${out}"]\n`);
    expect(await readFile(out, 'utf8')).toBe(`PACKER_BUILDER_TYPE=null PACKER_BUILD_NAME=test X=1 \nbody\n`);
  });

  test('a missing interpreter is a clear error', async () => {
    await expect(run('inline = ["true"]\nexecute_command = ["/nonexistent/sh", "{{.Script}}"]\n')).rejects.toThrow(
      /^Error executing script: .*packer-shell\n\nError executing \/nonexistent\/sh: spawn \/nonexistent\/sh ENOENT$/,
    );
  });

  test('only_on skips other operating systems', async () => {
    const other = goos() === 'linux' ? 'windows' : 'linux';
    expect(await run(`only_on = ["${other}"]\ninline = ["echo no"]\n`)).toEqual(['say: Skipping shell-local due to runtime OS']);
    expect((await run(`only_on = ["${goos()}"]\ninline = ["echo yes"]\n`)).at(-1)).toBe('message: yes');
  });

  test('abort kills the script and its children', async () => {
    const pidFile = join(dir, 'pid');
    const ac = new AbortController();
    const p = run(`inline = ["sleep 60 & echo $! > ${pidFile}", "wait"]\n`, ac.signal);
    for (let i = 0; i < 100 && !(await readFile(pidFile, 'utf8').catch(() => '')).trim(); i++) await sleep(20);
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    expect(processAlive(pid)).toBe(true);
    ac.abort(new Error('interrupted'));
    await expect(p).rejects.toThrow('interrupted');
    for (let i = 0; i < 150 && processAlive(pid); i++) await sleep(20);
    expect(processAlive(pid)).toBe(false);
  });
});
