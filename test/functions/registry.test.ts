// The registry offers exactly Packer's functions (the names hcl2template/functions.go registers) plus Kiln's few documented extensions.
import { describe, expect, it } from 'vitest';
import { createFunctions, createVariableDefaultFunctions, kilnExtensionFunctionNames, packerFunctionNames } from '../../src/hcl/functions/index.js';
import { isLazyFunction } from '../../src/hcl/functions/function.js';

/** Packer's documented function list (https://developer.hashicorp.com/packer/docs/templates/hcl_templates/functions). */
const documented = `
abs abspath alltrue anytrue aws_secretsmanager aws_secretsmanager_raw base64decode base64encode base64gzip basename
bcrypt can ceil chomp chunklist cidrhost cidrnetmask cidrsubnet cidrsubnets coalesce coalescelist compact concat
consul_key contains convert csvdecode dirname distinct element endswith file filebase64 fileexists fileset flatten
floor format formatdate formatlist indent index join jsondecode jsonencode keys legacy_isotime legacy_strftime length
log lookup lower max md5 merge min parseint pathexpand pow range regex regex_replace regexall replace reverse
rfc3339_parse rsadecrypt setintersection setproduct setunion sha1 sha256 sha512 signum slice sort split startswith
strcontains strrev substr sum templatefile textdecodebase64 textencodebase64 timeadd timestamp title trim trimprefix
trimspace trimsuffix try unix_timestamp_parse upper urlencode uuidv4 uuidv5 values vault yamldecode yamlencode zipmap
`
  .trim()
  .split(/\s+/);

describe('createFunctions', () => {
  const functions = createFunctions({ baseDir: '.' });

  it('registers exactly Packer\'s function names', () => {
    expect([...functions.keys()].sort()).toEqual([...documented, ...kilnExtensionFunctionNames].sort());
    expect([...packerFunctionNames].sort()).toEqual([...documented].sort());
  });

  it('adds only the documented Kiln extensions (to* conversions, transpose)', () => {
    expect([...kilnExtensionFunctionNames].sort()).toEqual(['tobool', 'tolist', 'tomap', 'tonumber', 'toset', 'tostring', 'transpose']);
  });

  it('leaves out functions Packer does not have', () => {
    for (const name of ['env', 'filemd5', 'base64sha256', 'one', 'setsubtract', 'timecmp']) {
      expect(functions.has(name), name).toBe(false);
    }
  });

  it('makes try, can and convert lazy, and everything else eager', () => {
    const lazy = [...functions].filter(([, f]) => isLazyFunction(f)).map(([n]) => n);
    expect(lazy.sort()).toEqual(['can', 'convert', 'try']);
  });

  it('offers only env to variable defaults', () => {
    expect([...createVariableDefaultFunctions({}).keys()]).toEqual(['env']);
  });
});
