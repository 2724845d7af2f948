// Colours a build's lines as Packer's ColoredUi: bold for say, plain for message, bold red for errors.
import type { Ui } from '../ui.js';
import { decorateUi } from './decorate-ui.js';

export const UiColor = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36 } as const;
export type UiColor = (typeof UiColor)[keyof typeof UiColor];

/** The colours `packer build` cycles through, one per build in order. */
export const BUILD_COLORS: readonly UiColor[] = [UiColor.green, UiColor.cyan, UiColor.magenta, UiColor.yellow, UiColor.blue];

export function buildColor(index: number): UiColor {
  return BUILD_COLORS[index % BUILD_COLORS.length]!;
}

/** Packer never colours when PACKER_NO_COLOR is set (and -color=false never creates a ColoredUi). */
export function colorsSupported(env: Readonly<Record<string, string | undefined>>): boolean {
  return !env.PACKER_NO_COLOR;
}

export function colorize(message: string, color: UiColor, bold: boolean): string {
  return `\x1b[${bold ? 1 : 0};${color}m${message}\x1b[0m`;
}

export interface ColoredUiOptions {
  color: UiColor;
  errorColor?: UiColor;
  /** false disables colouring (e.g. PACKER_NO_COLOR); default true. */
  enabled?: boolean;
}

export function createColoredUi(inner: Ui, options: ColoredUiOptions): Ui {
  if (options.enabled === false) return inner;
  const errorColor = options.errorColor ?? UiColor.red;
  return decorateUi(inner, {
    say: (m) => inner.say(colorize(m, options.color, true)),
    message: (m) => inner.message(colorize(m, options.color, false)),
    error: (m) => inner.error(colorize(m, errorColor, true)),
    ask: (q, o) => inner.ask(colorize(q, options.color, true), o),
  });
}
