// The function registry: every function Packer offers in HCL templates, under Packer's names, for one base directory.
import type { AnyHclFunction } from './function.js';
import { collectionFunctions, nonPackerCollectionFunctions } from './collection.js';
import { conversionFunctions, toFunctions } from './conversion.js';
import { cryptoFunctions } from './crypto.js';
import { datetimeFunctions } from './datetime.js';
import { encodingFunctions } from './encoding.js';
import { makeFilesystemFunctions, type FilesystemOptions } from './filesystem.js';
import { formatFunctions } from './format.js';
import { formatdateFunctions } from './formatdate.js';
import { ipnetFunctions } from './ipnet.js';
import { numericFunctions } from './numeric.js';
import { makeEnvFunction, packerFunctions } from './packer.js';
import { regexFunctions } from './regex.js';
import { stringFunctions } from './string.js';
import { makeTemplateFileFunction } from './templatefile.js';
import { uuidFunctions } from './uuid.js';

/** The names Packer's hcl2template.Functions registers (Packer 1.15), in lexical order. */
export const packerFunctionNames: readonly string[] = [
  'abs', 'abspath', 'alltrue', 'anytrue', 'aws_secretsmanager', 'aws_secretsmanager_raw', 'base64decode',
  'base64encode', 'base64gzip', 'basename', 'bcrypt', 'can', 'ceil', 'chomp', 'chunklist', 'cidrhost',
  'cidrnetmask', 'cidrsubnet', 'cidrsubnets', 'coalesce', 'coalescelist', 'compact', 'concat', 'consul_key',
  'contains', 'convert', 'csvdecode', 'dirname', 'distinct', 'element', 'endswith', 'file', 'filebase64',
  'fileexists', 'fileset', 'flatten', 'floor', 'format', 'formatdate', 'formatlist', 'indent', 'index', 'join',
  'jsondecode', 'jsonencode', 'keys', 'legacy_isotime', 'legacy_strftime', 'length', 'log', 'lookup', 'lower',
  'max', 'md5', 'merge', 'min', 'parseint', 'pathexpand', 'pow', 'range', 'regex', 'regex_replace', 'regexall',
  'replace', 'reverse', 'rfc3339_parse', 'rsadecrypt', 'setintersection', 'setproduct', 'setunion', 'sha1',
  'sha256', 'sha512', 'signum', 'slice', 'sort', 'split', 'startswith', 'strcontains', 'strrev', 'substr', 'sum',
  'templatefile', 'textdecodebase64', 'textencodebase64', 'timeadd', 'timestamp', 'title', 'trim', 'trimprefix',
  'trimspace', 'trimsuffix', 'try', 'unix_timestamp_parse', 'upper', 'urlencode', 'uuidv4', 'uuidv5', 'values',
  'vault', 'yamldecode', 'yamlencode', 'zipmap',
];

/**
 * Functions Kiln offers beyond Packer's documented list, because the roadmap asks for them and templates written
 * for Terraform habits use them (cty's to* conversions and transpose). A template that uses them will not load in Packer.
 */
export const kilnExtensionFunctionNames: readonly string[] = ['tobool', 'tolist', 'tomap', 'tonumber', 'toset', 'tostring', 'transpose'];

export interface FunctionsOptions extends FilesystemOptions {}

/**
 * Packer's functions for templates in `baseDir` (hcl2template.Functions(basedir)). Packer's names are
 * registered, plus the few extensions in kilnExtensionFunctionNames.
 */
export function createFunctions(opts: FunctionsOptions): Map<string, AnyHclFunction> {
  const pool: Record<string, AnyHclFunction> = {
    ...numericFunctions,
    ...stringFunctions,
    ...regexFunctions,
    ...collectionFunctions,
    ...encodingFunctions,
    ...formatFunctions,
    ...formatdateFunctions,
    ...datetimeFunctions,
    ...cryptoFunctions,
    ...uuidFunctions,
    ...ipnetFunctions,
    ...conversionFunctions,
    ...packerFunctions,
    ...makeFilesystemFunctions(opts),
    ...toFunctions,
    transpose: nonPackerCollectionFunctions.transpose!,
  };
  const functions = new Map<string, AnyHclFunction>();
  pool.templatefile = makeTemplateFileFunction(opts, () => functions);
  for (const name of [...packerFunctionNames, ...kilnExtensionFunctionNames]) {
    const f = pool[name];
    if (f !== undefined) functions.set(name, f);
  }
  return functions;
}

/** The functions a variable's default may call: only env, as in Packer's decodeInputVariables. */
export function createVariableDefaultFunctions(environment: NodeJS.ProcessEnv = process.env): Map<string, AnyHclFunction> {
  return new Map<string, AnyHclFunction>([['env', makeEnvFunction(environment)]]);
}
