// Packer's own functions: legacy_isotime/legacy_strftime (JSON-template compatibility), env, and the secret stores.
import { FunctionError, type HclFunction } from './function.js';
import { param, staticReturn } from './helpers.js';
import { strftime } from './go/strftime.js';
import { nowUTC } from './go/time.js';
import { RFC3339, goFormat } from './go/time-format.js';
import { StringType } from '../value/type.js';
import { Value } from '../value/value.js';

/** Packer fixes the legacy functions' time once per process, so every call in a build agrees. */
const initTime = nowUTC();

/** How Go's %v prints a []cty.Value of strings, which Packer's "too many values" error shows verbatim. */
function goValueList(args: readonly Value[]): string {
  return `[${args.map((a) => `{{{{} 83}} ${a.asString()}}`).join(' ')}]`;
}

function legacyTimeFunction(render: (format: string) => string): HclFunction {
  return {
    params: [],
    varParam: param('format', StringType),
    returnType: staticReturn(StringType),
    impl: (args) => {
      if (args.length > 1) throw new FunctionError(`too many values, 1 needed: ${goValueList(args)}`);
      if (args.length === 0) return Value.string(goFormat(initTime, RFC3339));
      return Value.string(render(args[0]!.asString()));
    },
  };
}

/** legacy_isotime([format]): the build's start time with a Go reference-time layout ("2006-01-02"). */
const legacy_isotime = legacyTimeFunction((layout) => goFormat(initTime, layout));

/** legacy_strftime([format]): the build's start time with strftime directives ("%Y-%m-%d"). */
const legacy_strftime = legacyTimeFunction((format) => strftime(format, initTime));

/** A function that reads a secret store: its parameters are Packer's, its call explains it is unavailable. */
function secretStore(name: string, service: string, params: HclFunction['params']): HclFunction {
  return {
    params,
    returnType: staticReturn(StringType),
    impl: () => {
      throw new FunctionError(`${name} is not available yet in kiln (it would read a secret from ${service} over the network)`);
    },
  };
}

const aws_secretsmanager = secretStore('aws_secretsmanager', 'AWS Secrets Manager', [
  param('name', StringType),
  param('key', StringType, { allowNull: true }),
]);
const aws_secretsmanager_raw = secretStore('aws_secretsmanager_raw', 'AWS Secrets Manager', [param('name', StringType)]);
const vault = secretStore('vault', 'HashiCorp Vault', [param('path', StringType), param('key', StringType)]);
const consul_key = secretStore('consul_key', 'Consul', [param('key', StringType)]);

export const packerFunctions: Record<string, HclFunction> = {
  legacy_isotime,
  legacy_strftime,
  aws_secretsmanager,
  aws_secretsmanager_raw,
  vault,
  consul_key,
};

/**
 * env(key): the environment variable's value, or "" when unset. Packer offers it only in variable defaults,
 * so it is not part of the main registry.
 */
export function makeEnvFunction(environment: NodeJS.ProcessEnv = process.env): HclFunction {
  return {
    params: [param('key', StringType)],
    returnType: staticReturn(StringType),
    impl: (args) => Value.string(environment[args[0]!.asString()] ?? ''),
  };
}
