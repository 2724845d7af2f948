// The connection to the machine being built: commands, uploads and downloads (docker, ssh, local, none).
import type { Readable, Writable } from 'node:stream';

export interface ExecOptions {
  signal: AbortSignal;
  onStdout?(chunk: string): void;
  onStderr?(chunk: string): void;
  /** Run as this user where the communicator supports it (docker exec_user). */
  user?: string;
  env?: Readonly<Record<string, string>>;
}

export interface Communicator {
  /** Runs a shell command on the machine; resolves with its exit code (a disconnect rejects). */
  exec(command: string, opts: ExecOptions): Promise<{ exitCode: number }>;
  upload(dst: string, src: Readable, opts: { signal: AbortSignal; mode?: number; size?: number }): Promise<void>;
  uploadDir(dst: string, src: string, opts: { signal: AbortSignal; exclude?: readonly string[] }): Promise<void>;
  download(src: string, dst: Writable, opts: { signal: AbortSignal }): Promise<void>;
  downloadDir(src: string, dst: string, opts: { signal: AbortSignal; exclude?: readonly string[] }): Promise<void>;
}
