// The scope `kiln console` evaluates in without a template: what Packer's PackerConfig.EvalContext defines.
import { EvalContext } from '../../hcl/eval/eval-context.js';
import type { AnyHclFunction } from '../../hcl/functions/function.js';
import { EmptyObjectType, StringType } from '../../hcl/value/type.js';
import { Value } from '../../hcl/value/value.js';

export interface ConsoleScope {
  /** The working directory, reported as path.cwd. */
  cwd: string;
  /** The template's directory as written (path.root): "." without a template. */
  root: string;
  /** The version reported as packer.version. */
  version: string;
  functions: Map<string, AnyHclFunction>;
  /** Input variables and locals, empty without a template. */
  variables?: ReadonlyMap<string, Value>;
  locals?: ReadonlyMap<string, Value>;
}

/** var, local, source, build, packer and path, as Packer's console sees them, plus the function library. */
export function createConsoleContext(scope: ConsoleScope): EvalContext {
  return new EvalContext({
    functions: scope.functions,
    variables: {
      var: Value.object(scope.variables ?? new Map()),
      local: Value.object(scope.locals ?? new Map()),
      source: Value.object({ type: Value.unknown(StringType), name: Value.unknown(StringType) }),
      build: Value.unknown(EmptyObjectType),
      packer: Value.object({ version: Value.string(scope.version) }),
      path: Value.object({ cwd: Value.string(scope.cwd.replaceAll('\\', '/')), root: Value.string(scope.root.replaceAll('\\', '/')) }),
    },
  });
}
