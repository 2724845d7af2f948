import { describe, expect, it } from 'vitest';
import { callText, call } from './call-for-test.js';
import { ipnetFunctions as f } from './ipnet.js';
import { Value } from '../value/value.js';

describe('cidrhost', () => {
  // Expected values and messages come from `packer console`.
  it.each([
    ['10.12.112.0/20', 16, '10.12.112.16'],
    ['10.12.112.0/20', 268, '10.12.113.12'],
    ['10.0.0.0/24', -1, '10.0.0.255'],
    ['10.0.0.0/24', -256, '10.0.0.0'],
    ['fd00:fd12:3456:7890:00a2::/72', 34, 'fd00:fd12:3456:7890::22'],
    ['::ffff:10.0.0.0/120', 1, '0:1::ffff:a00:0'],
    ['10.1.0.0/016', 1, '10.1.0.1'],
    ['10.0.0.0/24', 1.5, 'error: value must be a whole number, between -9223372036854775808 and 9223372036854775807'],
    ['10.0.0.0/24', 256, 'error: prefix of 24 does not accommodate a host numbered 256'],
    ['10.0.0.0/24', -300, 'error: prefix of 24 does not accommodate a host numbered -44'],
    ['10.0.0.0/33', 1, 'error: invalid CIDR expression: invalid CIDR address: 10.0.0.0/33'],
    ['10.01.0.0/16', 1, 'error: invalid CIDR expression: invalid CIDR address: 10.01.0.0/16'],
    ['1.2.3.4/32', 9223372036854775807n, 'error: prefix of 32 does not accommodate a host numbered 9223372036854775807'],
  ])('cidrhost(%j, %s) = %j', (prefix, num, want) => {
    expect(callText(f.cidrhost, prefix, num)).toBe(want);
  });
});

describe('cidrnetmask', () => {
  it.each([
    ['10.1.2.3/13', '255.248.0.0'],
    ['172.16.0.0/12', '255.240.0.0'],
    ['fd00::/56', 'ffff:ffff:ffff:ff00::'],
    ['0.0.0.0/0', '0.0.0.0'],
    ['foo', 'error: invalid CIDR expression: invalid CIDR address: foo'],
  ])('cidrnetmask(%j) = %j', (prefix, want) => {
    expect(callText(f.cidrnetmask, prefix)).toBe(want);
  });
});

describe('cidrsubnet', () => {
  it.each([
    ['172.16.0.0/12', 4, 2, '172.18.0.0/16'],
    ['10.1.2.0/24', 4, 15, '10.1.2.240/28'],
    ['fd00:fd12:3456:7890::/56', 16, 162, 'fd00:fd12:3456:7800:a200::/72'],
    ['fd00::/56', 8, 5, 'fd00:0:0:5::/64'],
    ['10.0.0.0/16', 8, -1, '0.0.1.0/24'],
    ['10.0.0.0/16', -1, 0, '10.0.0.0/15'],
    ['10.0.0.0/16', -17, 0, '<nil>'],
    ['10.0.0.0/16', 8, 256, 'error: prefix extension of 8 does not accommodate a subnet numbered 256'],
    ['10.0.0.0/30', 8, 1, 'error: insufficient address space to extend prefix of 30 by 8'],
    ['fd00::/56', 33, 1, 'error: may not extend prefix by more than 32 bits'],
    // go-cidr's intToIP indexes out of range when a negative newbits shifts the number past the address
    ['0.0.0.0/0', -1, 16, 'error: panic in function implementation: runtime error: index out of range [-1]'],
    ['::/0', -1, 256, 'error: panic in function implementation: runtime error: index out of range [-1]'],
  ])('cidrsubnet(%j, %s, %s) = %j', (prefix, bits, num, want) => {
    expect(callText(f.cidrsubnet, prefix, bits, num)).toBe(want);
  });
});

describe('cidrsubnets', () => {
  const list = (...xs: (string | number)[]) => {
    const r = call(f.cidrsubnets, ...xs);
    if ('error' in r) return `error: arg ${r.argIndex}: ${r.error}`;
    return r.value.elements().map((v: Value) => v.asString());
  };
  it.each([
    [['10.0.0.0/16', 4, 4, 8, 4], ['10.0.0.0/20', '10.0.16.0/20', '10.0.32.0/24', '10.0.48.0/20']],
    [['10.1.0.0/16', 4, 4, 8, 4], ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']],
    [['fd00:fd12:3456:7890::/56', 16, 16, 16, 32], [
      'fd00:fd12:3456:7800::/72',
      'fd00:fd12:3456:7800:100::/72',
      'fd00:fd12:3456:7800:200::/72',
      'fd00:fd12:3456:7800:300::/88',
    ]],
    [['10.0.0.0/16'], []],
    [['10.0.0.0/30', 1, 1, 1], 'error: arg 3: not enough remaining address space for a subnet with a prefix of 31 bits after 10.0.0.2/31'],
    [['10.0.0.0/16', 0], 'error: arg 1: must extend prefix by at least one bit'],
    [['10.0.0.0/16', 33], 'error: arg 1: may not extend prefix by more than 32 bits'],
    [['10.0.0.0/16', 17], 'error: arg 1: would extend prefix to 33 bits, which is too long for an IPv4 address'],
    [['0.0.0.0/0', 1, 1, 1], 'error: arg 1: not enough remaining address space for a subnet with a prefix of 1 bits after 128.0.0.0/1'],
    [['255.255.255.0/24', 1, 1, 1], 'error: arg 3: not enough remaining address space for a subnet with a prefix of 25 bits after 255.255.255.128/25'],
    [['::ffff:10.0.0.0/104', 8], 'error: arg 1: not enough remaining address space for a subnet with a prefix of 112 bits after <nil>'],
    [['10.0.0.0/33', 1], 'error: arg 0: invalid CIDR expression: invalid CIDR address: 10.0.0.0/33'],
  ])('cidrsubnets(%j)', (args, want) => {
    expect(list(...args)).toEqual(want);
  });
});
