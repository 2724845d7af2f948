// `kiln build`: loads a template, then runs its builds as `packer build` does (parallel, coloured, cancellable) and prints the artifacts.
import { randomUUID } from 'node:crypto';
import { createCliUis } from '../../core/build/cli-uis.js';
import { runBuilds } from '../../core/build/orchestrator.js';
import type { OnErrorMode } from '../../core/build/run-build.js';
import { handleSignals } from '../../core/build/signals.js';
import { createDebugLog, type DebugLog } from '../../core/log.js';
import { createMasker } from '../../core/ui/mask.js';
import { kilnVersion } from '../version.js';
import { flagBool, flagInt, flagString, parseFlags, type FlagSpec } from '../args.js';
import type { CommandRun } from '../io.js';
import { createLoadOptions, selectionFlagSpecs, templateArgs, variableFlagSpecs } from '../template-args.js';
import { loadForCommand, writeDiagnostics } from '../template-load.js';
import { onOutputClosed } from '../output-closed.js';

export const buildHelp = `Usage: kiln build [options] TEMPLATE

  Will execute multiple builds in parallel as defined in the template.
  The various artifacts created by the template will be outputted.

Options:

  -color=false                  Disable color output. (Default: color)
  -debug                        Debug mode enabled for builds.
  -except=foo,bar,baz           Run all builds and post-processors other than these.
  -only=foo,bar,baz             Build only the specified builds.
  -force                        Force a build to continue if artifacts exist, deletes existing artifacts.
  -machine-readable             Produce machine-readable output.
  -on-error=[cleanup|abort|ask|run-cleanup-provisioner] If the build fails do: clean up (default), abort, ask, or run-cleanup-provisioner.
  -parallel-builds=1            Number of builds to run in parallel. 1 disables parallelization. 0 means no limit (Default: 0)
  -timestamp-ui                 Enable prefixing of each ui output with an RFC3339 timestamp.
  -var 'key=value'              Variable for templates, can be used multiple times.
  -var-file=path                JSON or HCL2 file containing user variables, can be used multiple times.
  -warn-on-undeclared-var       Display warnings for user variable files containing undeclared variables.`;

const onErrorModes: readonly OnErrorMode[] = ['cleanup', 'abort', 'ask', 'run-cleanup-provisioner'];

const flagSpecs: readonly FlagSpec[] = [
  ...variableFlagSpecs,
  ...selectionFlagSpecs,
  { name: 'color', kind: 'bool', default: true, usage: 'Disable color output.' },
  { name: 'debug', kind: 'bool', usage: 'Debug mode enabled for builds.' },
  { name: 'force', kind: 'bool', usage: 'Force a build to continue if artifacts exist.' },
  { name: 'machine-readable', kind: 'bool', usage: 'Produce machine-readable output.' },
  { name: 'on-error', kind: 'string', default: 'cleanup', usage: 'If the build fails do: cleanup, abort, ask, or run-cleanup-provisioner.' },
  { name: 'parallel-builds', kind: 'int', default: 0, usage: 'Number of builds to run in parallel.' },
  { name: 'timestamp-ui', kind: 'bool', usage: 'Prefix each ui output with an RFC3339 timestamp.' },
  { name: 'warn-on-undeclared-var', kind: 'bool', usage: 'Display warnings for undeclared variables in var files.' },
];

function isOnErrorMode(s: string): s is OnErrorMode {
  return (onErrorModes as readonly string[]).includes(s);
}

export const runBuild: CommandRun = async (argv, io) => {
  const parsed = parseFlags(argv, flagSpecs);
  if (parsed.help === true) {
    io.stdout.write(buildHelp + '\n');
    return 0;
  }
  const args = templateArgs(argv, parsed, flagSpecs);
  const onError = flagString(parsed.values, 'on-error');
  const parallel = flagInt(parsed.values, 'parallel-builds');
  let error = parsed.error ?? args.error;
  if (error === undefined && !isOnErrorMode(onError)) {
    error = `invalid value ${JSON.stringify(onError)} for flag -on-error: expected one of [${onErrorModes.join(' ')}]`;
  }
  if (error === undefined && parallel < 0) error = `invalid value "${parallel}" for flag -parallel-builds: must not be negative`;
  if (error !== undefined || parsed.positional.length !== 1 || !isOnErrorMode(onError)) {
    if (error !== undefined) io.stderr.write(error + '\n');
    io.stdout.write(buildHelp + '\n');
    return 1;
  }
  const machineReadable = flagBool(parsed.values, 'machine-readable');
  const loaded = await loadForCommand(
    createLoadOptions({
      path: parsed.positional[0]!,
      io,
      args: args.value,
      mode: 'build',
      evaluateDatasources: true,
      warnOnUndeclaredVar: flagBool(parsed.values, 'warn-on-undeclared-var'),
    }),
  );
  const sensitive = loaded.sensitiveValues;
  const status = writeDiagnostics(io, loaded.diagnostics, { sources: loaded.sources, sensitive, machineReadable });
  const plan = loaded.plan;
  // With errors, a plan holds only the builds that are valid: they run, and the exit status stays 1 (Packer).
  if (plan === undefined || (status !== 0 && plan.builds.length === 0)) return 1;

  let debugLog: DebugLog;
  try {
    debugLog = createDebugLog({ env: io.env, stderr: io.stderr, mask: createMasker(sensitive) });
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  const log = debugLog.enabled ? debugLog.log : undefined;
  log?.(`[INFO] Kiln version: ${kilnVersion()} (Packer-compatible templates)`);
  log?.(`[INFO] CLI args: ${JSON.stringify(['build', ...argv])}`);
  log?.(`[INFO] Builds: ${JSON.stringify(plan.builds.map((b) => b.name))}`);

  // As Packer's main, a fresh id for every run, in the environment where plugins read it (the manifest's packer_run_uuid).
  process.env.PACKER_RUN_UUID = randomUUID();
  const uis = createCliUis({
    stdout: io.stdout,
    stdin: io.stdin,
    env: io.env,
    color: flagBool(parsed.values, 'color'),
    timestamps: flagBool(parsed.values, 'timestamp-ui'),
    machineReadable,
    sensitiveValues: sensitive,
    ...(log !== undefined ? { log } : {}),
  });
  const controller = new AbortController();
  const active = new Set<string>();
  const unhook = handleSignals(controller, uis.root, active);
  // Nobody reads the output any more (`kiln build | head`): cancel, so everything the builds made is cleaned up.
  const unhookOutput = onOutputClosed(() => {
    if (!controller.signal.aborted) controller.abort(new Error('the output pipe was closed'));
  });
  try {
    const result = await runBuilds(plan, {
      signal: controller.signal,
      uis,
      parallelBuilds: parallel,
      debug: flagBool(parsed.values, 'debug'),
      force: flagBool(parsed.values, 'force'),
      onError,
      cwd: io.cwd,
      announceColors: uis.colored,
      active,
      ...(log !== undefined ? { log } : {}),
    });
    const exitCode = result.exitCode === 0 && status !== 0 ? 1 : result.exitCode;
    log?.(`[INFO] Build finished with exit code ${exitCode}${result.cancelled ? ' (cancelled)' : ''}`);
    return exitCode;
  } finally {
    unhook();
    unhookOutput();
    debugLog.close();
  }
};
