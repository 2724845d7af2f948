// Runs a local process in its own process group, streaming output, and kills the whole group on abort.
import { spawn } from 'node:child_process';

export interface RunProcessOptions {
  signal: AbortSignal;
  cwd?: string;
  env?: Readonly<Record<string, string | undefined>>;
  onStdout?(chunk: string): void;
  onStderr?(chunk: string): void;
  /** Called once the process has started (tests use it to check the group is gone after abort). */
  onSpawn?(pid: number): void;
  /** Grace period between SIGTERM and SIGKILL on abort. */
  killGraceMs?: number;
}

export interface RunProcessResult {
  exitCode: number;
  signal: NodeJS.Signals | null;
}

/** Sends `sig` to the process group led by `pid`, ignoring a group that is already gone. */
export function killGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig);
  } catch {
    // ESRCH: the group has exited.
  }
}

/** Spawns argv[0] with argv[1..] (no shell); rejects with the abort reason if the signal fires. */
export function runProcess(argv: readonly string[], opts: RunProcessOptions): Promise<RunProcessResult> {
  const [file, ...args] = argv;
  if (file === undefined) return Promise.reject(new Error('runProcess: empty command'));
  if (opts.signal.aborted) return Promise.reject(abortError(opts.signal));
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env: opts.env === undefined ? process.env : { ...opts.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let killTimer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      if (child.pid === undefined) return;
      const pid = child.pid;
      killGroup(pid, 'SIGTERM');
      killTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), opts.killGraceMs ?? 2000);
    };
    opts.signal.addEventListener('abort', onAbort, { once: true });
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (c: string) => opts.onStdout?.(c));
    child.stderr.on('data', (c: string) => opts.onStderr?.(c));
    child.on('spawn', () => {
      if (child.pid !== undefined) opts.onSpawn?.(child.pid);
    });
    child.on('error', (err) => {
      opts.signal.removeEventListener('abort', onAbort);
      reject(new Error(`Error executing ${file}: ${err.message}`, { cause: err }));
    });
    child.on('close', (code, sig) => {
      opts.signal.removeEventListener('abort', onAbort);
      if (opts.signal.aborted) {
        // Make sure stragglers in the group (background children) are gone too.
        if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
        if (killTimer !== undefined) clearTimeout(killTimer);
        reject(abortError(opts.signal));
        return;
      }
      resolve({ exitCode: code ?? (sig === null ? 0 : 128), signal: sig });
    });
  });
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error('The operation was aborted', { cause: reason });
}
