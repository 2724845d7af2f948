// Exec endpoints: create, start (with stdout/stderr demultiplexing), inspect, and a run-to-completion helper.
import { StringDecoder } from 'node:string_decoder';
import { FrameDemuxer } from './demux.js';
import { requestJson, seg, type DockerTransport } from './request.js';

interface Signal {
  signal: AbortSignal;
}

export interface ExecCreateConfig {
  Cmd: string[];
  User?: string;
  Env?: string[];
  WorkingDir?: string;
  Privileged?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
}

export interface ExecInspect {
  ID: string;
  Running: boolean;
  ExitCode: number | null;
  Pid?: number;
}

export function execCreate(t: DockerTransport, containerId: string, config: ExecCreateConfig, opts: Signal): Promise<{ Id: string }> {
  return requestJson(t, {
    method: 'POST',
    path: `/containers/${seg(containerId)}/exec`,
    body: { json: { AttachStdout: true, AttachStderr: true, ...config, AttachStdin: false, Tty: false } },
    signal: opts.signal,
  });
}

/** POST /exec/{id}/start (attached, Tty=false): feeds demultiplexed output to the callbacks until the command ends. */
export async function execStart(
  t: DockerTransport,
  execId: string,
  opts: Signal & { onStdout?: (chunk: Buffer) => void; onStderr?: (chunk: Buffer) => void },
): Promise<void> {
  const res = await t.send({
    method: 'POST',
    path: `/exec/${seg(execId)}/start`,
    body: { json: { Detach: false, Tty: false } },
    signal: opts.signal,
  });
  const demux = new FrameDemuxer((kind, payload) => {
    if (kind === 'stdout') opts.onStdout?.(payload);
    else if (kind === 'stderr') opts.onStderr?.(payload);
  });
  for await (const chunk of res as AsyncIterable<Buffer>) demux.push(chunk);
  demux.end();
}

export function execInspect(t: DockerTransport, execId: string, opts: Signal): Promise<ExecInspect> {
  return requestJson(t, { method: 'GET', path: `/exec/${seg(execId)}/json`, signal: opts.signal });
}

/** Runs a command in a container to completion; output is decoded as UTF-8 per stream. Resolves with its exit code. */
export async function execRun(
  t: DockerTransport,
  containerId: string,
  config: ExecCreateConfig,
  opts: Signal & { onStdout?: (text: string) => void; onStderr?: (text: string) => void },
): Promise<{ exitCode: number }> {
  t.note(`[DEBUG] docker exec in ${containerId.slice(0, 12)}${config.User ? ` as ${config.User}` : ''}: ${JSON.stringify(config.Cmd)}`);
  const { Id } = await execCreate(t, containerId, config, opts);
  const out = new StringDecoder('utf8');
  const err = new StringDecoder('utf8');
  const emit = (fn: ((s: string) => void) | undefined, s: string): void => {
    if (fn && s !== '') fn(s);
  };
  await execStart(t, Id, {
    signal: opts.signal,
    onStdout: (b) => emit(opts.onStdout, out.write(b)),
    onStderr: (b) => emit(opts.onStderr, err.write(b)),
  });
  emit(opts.onStdout, out.end());
  emit(opts.onStderr, err.end());
  // The exit code can lag the end of the stream briefly; poll until the exec is no longer running.
  for (let i = 0; ; i++) {
    const info = await execInspect(t, Id, opts);
    if (!info.Running && info.ExitCode !== null) return { exitCode: info.ExitCode };
    if (i > 200) throw new Error(`exec ${Id} still reports running after its output ended`);
    await new Promise((r) => setTimeout(r, Math.min(5 * (i + 1), 50)));
  }
}
