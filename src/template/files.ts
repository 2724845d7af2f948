// Shapes shared by the loading phases: parsed template files and their top-level blocks.
import type { Block, Body } from '../hcl/structure.js';

/** One parsed HCL2 file (native `.pkr.hcl` or JSON `.pkr.json`), or a variable-definitions file. */
export interface TemplateFile {
  filename: string;
  text: string;
  body: Body;
}

/** The top-level blocks of all template files, in file order then source order. */
export interface TopLevelBlocks {
  packer: Block[];
  variable: Block[];
  /** The legacy `variables { name = default }` form. */
  variables: Block[];
  locals: Block[];
  local: Block[];
  data: Block[];
  source: Block[];
  build: Block[];
}

/** A `-var name=value` from the command line, in the order given (interleaved with var files by position). */
export interface CliVariableInput {
  kind: 'var' | 'var-file';
  /** For 'var': "name=value"; for 'var-file': the path. */
  text: string;
}

export interface LoadOptions {
  /** The template file or directory, as the user gave it. */
  path: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** -var and -var-file in command-line order. */
  inputs: readonly CliVariableInput[];
  /** -only / -except globs on build names. */
  only: readonly string[];
  except: readonly string[];
  /** validate: build.* unknown, data sources executed only with evaluateDatasources; build: everything known. */
  mode: 'validate' | 'inspect' | 'console' | 'build';
  evaluateDatasources: boolean;
  /**
   * Warn about var-file values for undeclared variables. Packer: on for validate (-no-warn-undeclared-var turns
   * it off), off elsewhere (build -warn-on-undeclared-var turns it on). Undefined means the mode's default.
   */
  warnOnUndeclaredVar?: boolean;
  /** validate -syntax-only: stop after parsing. */
  syntaxOnly: boolean;
  /** Kiln's Packer-compatibility version for `packer.version` and required_version checks. */
  packerVersion: string;
}
