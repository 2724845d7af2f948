// A UI for tests: records every call as a line and answers questions from a script.
import type { Ui } from '../ui.js';

export interface RecordingUi extends Ui {
  readonly lines: string[];
}

/** Each call becomes `say: …`, `message: …`, `error: …`, `ask: …`; answers are consumed in order (none left: rejects). */
export function createRecordingUi(answers: string[] = []): RecordingUi {
  const lines: string[] = [];
  return {
    lines,
    say: (m) => void lines.push(`say: ${m}`),
    message: (m) => void lines.push(`message: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    ask(q) {
      lines.push(`ask: ${q}`);
      const answer = answers.shift();
      return answer === undefined ? Promise.reject(new Error('no TTY')) : Promise.resolve(answer);
    },
    machine: (type, ...data) => void lines.push(`machine: ${[type, ...data].join('|')}`),
    progress: (label, done, total) => void lines.push(`progress: ${label} ${done}/${total}`),
  };
}
