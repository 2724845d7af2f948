// The template flags shared by validate, inspect, console and build (-var, -var-file, -only, -except) and the LoadOptions they make.
import type { CliVariableInput, LoadOptions } from '../template/files.js';
import { PACKER_COMPAT_VERSION } from '../template/packer-version.js';
import { flagList, type FlagSpec, type ParsedFlags } from './args.js';
import type { CliIO } from './io.js';

export const varFlag: FlagSpec = { name: 'var', kind: 'list', usage: 'Variable for templates, can be used multiple times.' };
export const varFileFlag: FlagSpec = {
  name: 'var-file',
  kind: 'list',
  usage: 'JSON or HCL2 file containing user variables, can be used multiple times.',
};
export const onlyFlag: FlagSpec = { name: 'only', kind: 'list', separator: ',', usage: 'Only these builds.' };
export const exceptFlag: FlagSpec = { name: 'except', kind: 'list', separator: ',', usage: 'All builds other than these.' };

/** -var and -var-file, which every command that loads a template accepts. */
export const variableFlagSpecs: readonly FlagSpec[] = [varFlag, varFileFlag];
/** -only and -except, for the commands that select builds. */
export const selectionFlagSpecs: readonly FlagSpec[] = [onlyFlag, exceptFlag];

export interface TemplateArgs {
  /** -var and -var-file in command-line order; the loader applies Packer's precedence to them. */
  inputs: CliVariableInput[];
  only: string[];
  except: string[];
}

/**
 * Reads the template flags out of a parse. The relative order of -var and -var-file is recovered from argv
 * (the parsed lists keep each flag's own order only). Returns Go flag's error text for a -var without '='.
 */
export function templateArgs(argv: readonly string[], parsed: ParsedFlags, specs: readonly FlagSpec[]): { value: TemplateArgs; error?: string } {
  const value: TemplateArgs = {
    inputs: orderedInputs(argv, specs),
    only: flagList(parsed.values, 'only').filter((s) => s !== ''),
    except: flagList(parsed.values, 'except').filter((s) => s !== ''),
  };
  for (const input of value.inputs) {
    if (input.kind === 'var' && !input.text.includes('=')) {
      return { value, error: `invalid value ${JSON.stringify(input.text)} for flag -var: No '=' value in arg: ${input.text}` };
    }
  }
  return { value };
}

/** Walks argv as parseFlags does (the parse already succeeded), collecting -var and -var-file values in order. */
function orderedInputs(argv: readonly string[], specs: readonly FlagSpec[]): CliVariableInput[] {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const out: CliVariableInput[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    if (arg.length < 2 || arg[0] !== '-' || arg === '--') break;
    i++;
    let name = arg.slice(arg[1] === '-' ? 2 : 1);
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq > 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const spec = byName.get(name);
    if (spec === undefined) break;
    if (spec.kind === 'bool') continue;
    if (value === undefined) {
      value = argv[i] ?? '';
      i++;
    }
    if (name === 'var' || name === 'var-file') out.push({ kind: name, text: value });
  }
  return out;
}

export interface LoadOptionsInput {
  path: string;
  io: CliIO;
  args: TemplateArgs;
  mode: LoadOptions['mode'];
  evaluateDatasources?: boolean;
  syntaxOnly?: boolean;
  warnOnUndeclaredVar?: boolean;
}

/** The loader's options for one command run. */
export function createLoadOptions(input: LoadOptionsInput): LoadOptions {
  return {
    path: input.path,
    cwd: input.io.cwd,
    env: input.io.env,
    inputs: input.args.inputs,
    only: input.args.only,
    except: input.args.except,
    mode: input.mode,
    evaluateDatasources: input.evaluateDatasources ?? false,
    syntaxOnly: input.syntaxOnly ?? false,
    packerVersion: PACKER_COMPAT_VERSION,
    ...(input.warnOnUndeclaredVar !== undefined ? { warnOnUndeclaredVar: input.warnOnUndeclaredVar } : {}),
  };
}
