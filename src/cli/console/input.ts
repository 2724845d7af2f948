// Reads console lines: plainly from a pipe, or with a `> ` prompt and line editing on a terminal.
import { createInterface } from 'node:readline';
import type { CliIO } from '../io.js';

/**
 * Calls `onLine` for each line until the input ends or `onLine` returns false. On a terminal a prompt is shown,
 * Control-C on an empty line ends the session and on a non-empty line discards it.
 */
export async function readConsoleLines(io: CliIO, onLine: (line: string) => boolean): Promise<void> {
  const interactive = io.stdin.isTTY === true;
  const rl = createInterface({
    input: io.stdin,
    output: interactive ? io.stdout : undefined,
    terminal: interactive,
    prompt: '> ',
    crlfDelay: Infinity,
    historySize: interactive ? 1000 : 0,
  });
  if (interactive) {
    rl.on('SIGINT', () => {
      if (rl.line.length === 0) {
        rl.close();
        return;
      }
      io.stdout.write('^C\n');
      // Drop what was typed and start a fresh line.
      rl.write(null, { ctrl: true, name: 'u' });
      rl.prompt();
    });
    rl.prompt();
  }
  try {
    for await (const line of rl) {
      if (!onLine(line)) break;
      if (interactive) rl.prompt();
    }
  } finally {
    rl.close();
  }
  if (interactive) io.stdout.write('\n');
}
