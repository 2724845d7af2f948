// The shell provisioner at build time: uploads each script over the communicator, runs it, and removes it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Communicator } from '../../../communicator/communicator.js';
import { createLineSplitter } from '../../../communicator/local/line-splitter.js';
import type { ProvisionerRuntime } from '../../../core/plugin-runtime.js';
import type { Ui } from '../../../core/ui.js';
import { collectEnv, flattenEnv, renderFields } from '../shell-local/flatten-env.js';
import type { ShellConfig } from './config.js';
import { errorText } from '../../../core/error-text.js';

/** Packer's message when a provisioner that needs a machine runs under `communicator = "none"`. */
export function noCommunicatorError(type: string): Error {
  return new Error(`The ${type} provisioner needs a communicator, but the builder has none (communicator = "none").`);
}

interface Script {
  label: string;
  open(): Readable;
  size: number;
}

export const runtime: ProvisionerRuntime<ShellConfig> = {
  async provision(config, ctx) {
    const comm = ctx.communicator;
    if (comm === undefined) throw noCommunicatorError('shell');
    const { signal, ui } = ctx;
    const rand = () => Math.floor(Math.random() * 10000);
    const remotePath = config.remote_path ?? `${config.remote_folder}/${config.remote_file ?? `script_${rand()}.sh`}`;
    const envSources = {
      buildName: config.packer_build_name ?? ctx.buildName,
      builderType: config.packer_builder_type ?? ctx.buildType,
      environmentVars: config.environment_vars,
      env: config.env,
      format: config.env_var_format,
    };
    let vars = flattenEnv(envSources);
    let envVarFile = '';
    if (config.use_env_var_file) {
      envVarFile = `${config.remote_folder}/varfile_${rand()}.sh`;
      const lines = [...collectEnv(envSources)].sort(([a], [b]) => (a < b ? -1 : 1));
      const text = lines.map(([k, v]) => `export ${k}='${v.replaceAll("'", `'"'"'`)}'\n`).join('');
      await comm.upload(envVarFile, Readable.from([Buffer.from(text)]), { signal, size: Buffer.byteLength(text) });
      vars = '';
    }
    const defaultCommand = config.use_env_var_file ? 'chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}' : 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}';

    const scripts: Script[] = [];
    if (config.inline !== undefined && config.inline.length > 0) {
      const text = Buffer.from(`#!${config.inline_shebang}\n${config.inline.map((l) => `${l}\n`).join('')}`);
      scripts.push({ label: 'inline script', open: () => Readable.from([text]), size: text.length });
    }
    for (const path of [...(config.script ? [config.script] : []), ...(config.scripts ?? [])]) {
      const size = (await stat(path)).size;
      scripts.push({ label: path, open: () => createReadStream(path), size });
    }

    try {
      for (const s of scripts) {
        ui.say(s.label === 'inline script' ? 'Provisioning with shell script: inline' : `Provisioning with shell script: ${s.label}`);
        await runOne(comm, s, { remotePath, signal, ui, config, command: renderFields(config.execute_command ?? defaultCommand, { Path: remotePath, Vars: vars, EnvVarFile: envVarFile }) });
        if (config.pause_after !== undefined && config.pause_after > 0) await sleep(config.pause_after, undefined, { signal });
      }
    } finally {
      if (envVarFile !== '' && !config.skip_clean && !signal.aborted) {
        await comm.exec(`rm -f ${envVarFile}`, { signal }).catch(() => undefined);
      }
    }
  },
};

async function runOne(
  comm: Communicator,
  script: Script,
  o: { remotePath: string; signal: AbortSignal; ui: Ui; config: ShellConfig; command: string },
): Promise<void> {
  const { signal, ui, config, remotePath } = o;
  try {
    await comm.upload(remotePath, script.open(), { signal, size: script.size, mode: 0o755 });
  } catch (e) {
    throw new Error(`Error uploading script: ${errorText(e)}`, { cause: e });
  }
  // As Packer: chmod's output is shown and its exit status ignored; a custom execute_command (`sh {{.Path}}`)
  // may not need the bit, and a script that cannot run fails with its own exit status.
  await comm.exec(`chmod 0755 ${remotePath}`, { signal, onStdout: (t) => ui.message(t.trimEnd()), onStderr: (t) => ui.error(t.trimEnd()) });
  const out = createLineSplitter((l) => ui.message(l));
  const err = createLineSplitter((l) => ui.error(l));
  let exitCode: number;
  try {
    ({ exitCode } = await comm.exec(o.command, { signal, onStdout: out.push, onStderr: err.push }));
  } catch (e) {
    if (config.expect_disconnect && !signal.aborted) {
      ui.say('Remote end disconnected; continuing (expect_disconnect = true)');
      return;
    }
    throw e;
  } finally {
    out.flush();
    err.flush();
  }
  if (!config.valid_exit_codes.includes(exitCode)) {
    throw new Error(`Script exited with non-zero exit status: ${exitCode}.Allowed exit codes are: [${config.valid_exit_codes.join(' ')}]`);
  }
  if (!config.skip_clean) {
    const rm = await comm.exec(`rm -f ${remotePath}`, { signal });
    if (rm.exitCode !== 0) throw new Error(`Error removing temporary script at ${remotePath}!`);
  }
}
