import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createLocalCommunicator } from '../../../communicator/local/local-communicator.js';
import { decoded, processAlive, provisionContext } from '../shell-local/runtime-test-support.js';
import { shellSchema } from './config.js';
import { runtime } from './runtime.js';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiln-sh-'));
});

const run = async (src: string, signal?: AbortSignal) => {
  const ctx = provisionContext(dir, createLocalCommunicator({ cwd: dir }), signal ? { signal } : {});
  await runtime.provision(decoded(shellSchema, `remote_folder = "${dir}"\n${src}`), ctx);
  return ctx.ui.lines;
};

describe('shell provisioner over the local communicator', () => {
  test('inline: uploads, runs with the variables, and removes the script', async () => {
    const lines = await run('inline = ["echo hi $PACKER_BUILD_NAME $FOO", "echo warn >&2"]\nenvironment_vars = ["FOO=it\'s"]\n');
    expect([...lines].sort()).toEqual(['error: warn', "message: hi test it's", 'say: Provisioning with shell script: inline']);
    expect(await readdir(dir)).toEqual([]);
  });

  test('scripts run in order; skip_clean keeps the uploaded script at remote_path', async () => {
    const a = join(dir, 'a.sh');
    await writeFile(a, 'echo from a\n');
    const remote = join(dir, 'remote.sh');
    const lines = await run(`script = "${a}"\nremote_path = "${remote}"\nskip_clean = true\n`);
    expect(lines).toEqual([`say: Provisioning with shell script: ${a}`, 'message: from a']);
    expect(await readFile(remote, 'utf8')).toBe('echo from a\n');
  });

  test('a failing script reports the exit status and allowed codes', async () => {
    await expect(run('inline = ["exit 2"]\n')).rejects.toThrow('Script exited with non-zero exit status: 2.Allowed exit codes are: [0]');
    await expect(run('inline = ["exit 2"]\nvalid_exit_codes = [0, 2]\n')).resolves.toBeDefined();
  });

  test('execute_command and use_env_var_file', async () => {
    const lines = await run('inline = ["echo $V"]\nenvironment_vars = ["V=from file"]\nuse_env_var_file = true\nexecute_command = "sh -c \'. {{.EnvVarFile}} && sh {{.Path}}\'"\n');
    expect(lines.at(-1)).toBe('message: from file');
    expect((await readdir(dir)).filter((f) => f.startsWith('varfile_'))).toEqual([]);
  });

  test('without a communicator the error says why', async () => {
    const ctx = provisionContext(dir, undefined);
    await expect(runtime.provision(decoded(shellSchema, 'inline = ["true"]\n'), ctx)).rejects.toThrow(
      'The shell provisioner needs a communicator, but the builder has none (communicator = "none").',
    );
  });

  test('abort kills the remote command group', async () => {
    const pidFile = join(dir, 'pid');
    const ac = new AbortController();
    const p = run(`inline = ["sleep 60 & echo $! > ${pidFile}", "wait"]\n`, ac.signal);
    for (let i = 0; i < 100 && !(await readFile(pidFile, 'utf8').catch(() => '')).trim(); i++) await sleep(20);
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    ac.abort(new Error('interrupted'));
    await expect(p).rejects.toThrow('interrupted');
    for (let i = 0; i < 150 && processAlive(pid); i++) await sleep(20);
    expect(processAlive(pid)).toBe(false);
    expect(existsSync(pidFile)).toBe(true);
  });
});
