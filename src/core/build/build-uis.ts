// The UIs a build run writes to, made by the command from the UI decorators (colour, prefix, timestamps, machine-readable, masking).
import type { Ui } from '../ui.js';

export interface BuildUis {
  /** The command's own UI: the closing summary. */
  readonly root: Ui;
  /** Build number `index`'s UI without a prefix (its colour): "Build 'x' finished after …". */
  build(index: number): Ui;
  /** Build `index`'s colour without timestamps, for "x: output will be in this color." (defaults to build()). */
  announcer?(index: number): Ui;
  /** Build `index`'s UI prefixed with `target` (`==> null.a: …`); no index: the command's UI, prefixed. */
  targeted(index: number | undefined, target: string): Ui;
}
