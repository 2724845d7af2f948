// The user interface every build, step and plugin writes to; decorated by composition (prefix, colour, time, machine-readable, masking).

export type UiLevel = 'say' | 'message' | 'error';

export interface AskOptions {
  readonly signal?: AbortSignal;
}

export interface Ui {
  /** A headline line: `==> docker.web: Creating container...` in the targeted UI. */
  say(message: string): void;
  /** A detail line: `    docker.web: output of a command`. */
  message(message: string): void;
  error(message: string): void;
  /**
   * Asks the user a question on a TTY (used by -on-error=ask and -debug); rejects when there is no TTY.
   * An aborted `signal` abandons the question (stops reading stdin) and rejects.
   */
  ask(question: string, options?: AskOptions): Promise<string>;
  /** Reports progress of a transfer; the basic UI prints plain lines when not on a TTY. */
  progress?(label: string, done: number, total: number | undefined): void;
  /** A machine-readable record (Packer's -machine-readable format); ignored by human UIs. */
  machine?(type: string, ...data: string[]): void;
}
