// -machine-readable: every record as `timestamp,target,type,data...`, Packer's MachineReadableUi format.
import type { Ui } from '../ui.js';
import type { TextSink } from './basic-ui.js';

/** Packer's escapes: commas become `%!(PACKER_COMMA)`, CR and LF become `\r` and `\n`. */
export function escapeMachineField(value: string): string {
  return value.replaceAll(',', '%!(PACKER_COMMA)').replaceAll('\r', '\\r').replaceAll('\n', '\\n');
}

/** One record; `category` may carry the target as `target,type` (what the targeted UI passes down). */
export function renderMachineLine(unixSeconds: number, category: string, data: readonly string[]): string {
  const comma = category.indexOf(',');
  const target = comma >= 0 ? category.slice(0, comma) : '';
  const type = comma >= 0 ? category.slice(comma + 1) : category;
  return [String(unixSeconds), target, type, ...data.map(escapeMachineField)].join(',') + '\n';
}

export interface MachineReadableUiOptions {
  out: TextSink;
  now?: () => Date;
  /** Applied to every data field before escaping (sensitive values). */
  mask?: (text: string) => string;
}

export function createMachineReadableUi(options: MachineReadableUiOptions): Ui {
  const now = options.now ?? (() => new Date());
  const mask = options.mask ?? ((t: string) => t);
  const machine = (type: string, ...data: string[]) => {
    options.out.write(renderMachineLine(Math.floor(now().getTime() / 1000), type, data.map(mask)));
  };
  return {
    say: (m) => machine('ui', 'say', m),
    message: (m) => machine('ui', 'message', m),
    error: (m) => machine('ui', 'error', m),
    ask: () => Promise.reject(new Error("machine-readable UI can't ask")),
    machine,
  };
}
