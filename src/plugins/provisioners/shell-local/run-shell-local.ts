// Runs shell-local's scripts (inline, command, script, scripts) on this machine; shared by the provisioner and post-processor.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLineSplitter } from '../../../communicator/local/line-splitter.js';
import { runProcess } from '../../../communicator/local/run-process.js';
import type { Ui } from '../../../core/ui.js';
import type { ShellLocalConfig } from './config.js';
import { flattenEnv, renderFields } from './flatten-env.js';

export interface ShellLocalRun {
  signal: AbortSignal;
  ui: Ui;
  buildName: string;
  buildType: string;
  cwd: string;
}

const defaultExecuteCommand = ['/bin/sh', '-c', '{{.Vars}} {{.Script}}'];

/** Go's runtime.GOOS for this platform, as only_on names it. */
export function goos(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'windows' : platform === 'sunos' ? 'solaris' : platform;
}

/** Runs every script in order; throws Packer's ValidExitCode error on a disallowed exit code. */
export async function runShellLocal(config: ShellLocalConfig, run: ShellLocalRun): Promise<void> {
  if (config.only_on !== undefined && config.only_on.length > 0 && !config.only_on.includes(goos())) {
    run.ui.say('Skipping shell-local due to runtime OS');
    return;
  }
  const tempDir = await mkdtemp(join(tmpdir(), 'kiln-shell-local-'));
  try {
    const scripts: string[] = [];
    const inline = config.command !== undefined && config.command !== '' ? [config.command] : config.inline;
    if (inline !== undefined && inline.length > 0) {
      const file = join(tempDir, `packer-shell${config.tempfile_extension ?? ''}`);
      const shebang = config.inline_shebang ?? '/bin/sh -e';
      await writeFile(file, `#!${shebang}\n${inline.map((l) => `${l}\n`).join('')}`, { mode: 0o700 });
      scripts.push(file);
    }
    if (config.script !== undefined && config.script !== '') scripts.push(config.script);
    scripts.push(...(config.scripts ?? []));

    const vars = flattenEnv({
      buildName: config.packer_build_name ?? run.buildName,
      builderType: config.packer_builder_type ?? run.buildType,
      environmentVars: config.environment_vars,
      env: config.env,
      format: config.env_var_format,
    });
    for (const script of scripts) {
      run.ui.say(`Running local shell script: ${script}`);
      const path = resolve(run.cwd, script);
      const argv = (config.execute_command ?? defaultExecuteCommand).map((a) => renderFields(a, { Vars: vars, Script: path }));
      const out = createLineSplitter((l) => run.ui.message(l));
      const err = createLineSplitter((l) => run.ui.error(l));
      let exitCode: number;
      try {
        ({ exitCode } = await runProcess(argv, { signal: run.signal, cwd: run.cwd, onStdout: out.push, onStderr: err.push }));
      } catch (e) {
        if (run.signal.aborted) throw e;
        throw new Error(`Error executing script: ${script}\n\n${(e as Error).message}`, { cause: e });
      } finally {
        out.flush();
        err.flush();
      }
      if (!config.valid_exit_codes.includes(exitCode)) {
        throw new Error(`Script exited with non-zero exit status: ${exitCode}.Allowed exit codes are: [${config.valid_exit_codes.join(' ')}]`);
      }
    }
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}
