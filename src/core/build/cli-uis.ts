// The UI stack `kiln build` prints through, as Packer composes it: basic or machine-readable at the bottom, then colour, timestamps and the build's prefix; masking at the sink.
import type { Readable } from 'node:stream';
import { createBasicUi, type TextSink } from '../ui/basic-ui.js';
import { buildColor, colorsSupported, createColoredUi } from '../ui/colored-ui.js';
import { createMachineReadableUi } from '../ui/machine-readable-ui.js';
import { createMasker } from '../ui/mask.js';
import { createTargetedUi } from '../ui/targeted-ui.js';
import { createTimestampedUi } from '../ui/timestamped-ui.js';
import type { Ui } from '../ui.js';
import type { BuildUis } from './build-uis.js';

export interface CliUiOptions {
  stdout: TextSink & { isTTY?: boolean };
  stdin?: Readable & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  color: boolean;
  timestamps: boolean;
  machineReadable: boolean;
  sensitiveValues: readonly string[];
  log?: (line: string) => void;
}

export interface CliUis extends BuildUis {
  /** Whether builds print in colour (Packer then announces each build's colour first). */
  readonly colored: boolean;
}

export function createCliUis(o: CliUiOptions): CliUis {
  const mask = createMasker(o.sensitiveValues);
  // Packer writes errors to stdout as well.
  const root: Ui = o.machineReadable
    ? createMachineReadableUi({ out: o.stdout, mask })
    : createBasicUi({
        stdout: o.stdout,
        stderr: o.stdout,
        ...(o.stdin !== undefined ? { stdin: o.stdin } : {}),
        isTTY: o.stdout.isTTY === true,
        mask,
        ...(o.log !== undefined ? { log: o.log } : {}),
      });
  const colored = !o.machineReadable && o.color && colorsSupported(o.env);
  const announcer = (index: number): Ui => createColoredUi(root, { color: buildColor(index), enabled: colored });
  const builds = new Map<number, Ui>();
  const build = (index: number): Ui => {
    let ui = builds.get(index);
    if (ui === undefined) {
      ui = announcer(index);
      if (o.timestamps && !o.machineReadable) ui = createTimestampedUi(ui);
      builds.set(index, ui);
    }
    return ui;
  };
  return {
    colored,
    root,
    announcer,
    build,
    targeted: (index, target) => createTargetedUi(index === undefined ? root : build(index), target),
  };
}
