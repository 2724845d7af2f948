// A pseudo-file for -var and -var-file arguments, so errors about them can point at the argument like any other source.
import { makeRange, type Pos, type Range } from '../../hcl/source/pos.js';
import type { CliVariableInput } from '../files.js';

export const commandLineFilename = '<command line>';

export interface CommandLineSource {
  /** `-var a=1 -var-file=f.pkrvars.hcl …` as one text. */
  text: string;
  /** For each input: the range of its value (`a=1`, `f.pkrvars.hcl`). */
  ranges: Range[];
}

/** Lays the inputs out as they would be typed, remembering where each value sits. */
export function commandLineSource(inputs: readonly CliVariableInput[]): CommandLineSource {
  let text = '';
  let pos: Pos = { line: 1, column: 1, byte: 0 };
  const advance = (s: string): Pos => {
    for (const ch of s) {
      if (ch === '\n') pos = { line: pos.line + 1, column: 1, byte: pos.byte + 1 };
      else pos = { line: pos.line, column: pos.column + 1, byte: pos.byte + Buffer.byteLength(ch) };
    }
    text += s;
    return pos;
  };
  const ranges: Range[] = [];
  inputs.forEach((input, i) => {
    advance(`${i === 0 ? '' : ' '}-${input.kind}=`);
    const start = pos;
    ranges.push(makeRange(commandLineFilename, start, advance(input.text)));
  });
  return { text, ranges };
}

/** The part of a `-var name=value` range that holds the name. */
export function nameRangeOf(r: Range, name: string): Range {
  const end = { line: r.start.line, column: r.start.column + [...name].length, byte: r.start.byte + Buffer.byteLength(name) };
  return makeRange(r.filename, r.start, end);
}
