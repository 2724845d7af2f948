// cidrhost, cidrnetmask, cidrsubnet, cidrsubnets (go-cty-funcs/cidr on apparentlymart/go-cidr), IPv4 and IPv6.
import { FunctionArgError, FunctionError, type HclFunction } from './function.js';
import { WHOLE_NUMBER_MESSAGE, param, staticReturn } from './helpers.js';
import {
  applyMask,
  bigIntToIP,
  cidrMask,
  ipNetString,
  ipString,
  ipToBigInt,
  maskSize,
  parseCIDR,
  to4,
  type IPNet,
} from './go/net-ip.js';
import { NumberType, StringType, listOf } from '../value/type.js';
import { Value } from '../value/value.js';

const u64 = (1n << 64n) - 1n;

/** The argument as a Go int (gocty), or the conversion error built by `wrap`. */
function goInt(v: Value, wrap: (msg: string) => Error = (m) => new FunctionError(m)): bigint {
  const i = v.asNum().toInt64();
  if (i === undefined) throw wrap(WHOLE_NUMBER_MESSAGE);
  return i;
}

function network(prefix: Value, wrap: (msg: string) => Error = (m) => new FunctionError(m)): IPNet {
  const r = parseCIDR(prefix.asString());
  if ('error' in r) throw wrap(`invalid CIDR expression: ${r.error}`);
  return r.net;
}

/** big.Int.Uint64 of a possibly negative value: the low 64 bits of its magnitude. */
function uint64Of(n: bigint): bigint {
  return (n < 0n ? -n : n) & u64;
}

/**
 * go-cidr insertNumIntoIP: ORs num, shifted to end at prefixLen, into the address (two's complement for
 * negatives). go-cidr's intToIP copies the result's bytes into an address-sized slice from the end, so a result
 * wider than the address (a negative newbits shifts num past it) panics on index -1.
 */
function insertNum(ip: Uint8Array, num: bigint, prefixLen: number): Uint8Array {
  const { value, bits } = ipToBigInt(ip);
  const result = value | (num << BigInt(bits - prefixLen));
  const magnitude = result < 0n ? -result : result;
  if (magnitude >> BigInt(bits) !== 0n) {
    throw new FunctionError('panic in function implementation: runtime error: index out of range [-1]');
  }
  return bigIntToIP(result, bits);
}

/** go-cidr HostBig. */
function host(net: IPNet, num: bigint): Uint8Array {
  const { ones: parentLen, bits: addrLen } = maskSize(net.mask);
  const maxHost = (1n << BigInt(addrLen - parentLen)) - 1n;
  let n = num;
  let magnitude = uint64Of(n);
  if (n < 0n) {
    magnitude = -n - 1n;
    n = maxHost - magnitude;
  }
  if (magnitude > maxHost) throw new FunctionError(`prefix of ${parentLen} does not accommodate a host numbered ${n}`);
  return insertNum(net.ip, n, to4(net.ip) ? 32 : 128);
}

/** go-cidr SubnetBig. */
function subnet(net: IPNet, newBits: bigint, num: bigint): IPNet {
  const { ones: parentLen, bits: addrLen } = maskSize(net.mask);
  const newPrefixLen = BigInt(parentLen) + newBits;
  if (newPrefixLen > BigInt(addrLen)) {
    throw new FunctionError(`insufficient address space to extend prefix of ${parentLen} by ${newBits}`);
  }
  // Go: uint64(1<<uint64(newBits)) - 1, where shifts of 64 or more (and negative counts) give 0.
  const shift = BigInt.asUintN(64, newBits);
  const maxNetNum = ((shift >= 64n ? 0n : 1n << shift) - 1n) & u64;
  if (uint64Of(num) > maxNetNum) {
    throw new FunctionError(`prefix extension of ${newBits} does not accommodate a subnet numbered ${num}`);
  }
  const len = Number(newPrefixLen);
  // A negative prefix length leaves Go with a nil mask, which prints as "<nil>".
  return { ip: insertNum(net.ip, num, len), mask: cidrMask(len, addrLen) };
}

const cidrhost: HclFunction = {
  params: [param('prefix', StringType), param('hostnum', NumberType)],
  returnType: staticReturn(StringType),
  impl: (args) => {
    const num = goInt(args[1]!);
    return Value.string(ipString(host(network(args[0]!), num)));
  },
};

const cidrnetmask: HclFunction = {
  params: [param('prefix', StringType)],
  returnType: staticReturn(StringType),
  impl: (args) => Value.string(ipString(network(args[0]!).mask)),
};

const cidrsubnet: HclFunction = {
  params: [param('prefix', StringType), param('newbits', NumberType), param('netnum', NumberType)],
  returnType: staticReturn(StringType),
  impl: (args) => {
    const newBits = goInt(args[1]!);
    const netNum = goInt(args[2]!);
    const net = network(args[0]!);
    if (newBits > 32n) throw new FunctionError('may not extend prefix by more than 32 bits');
    return Value.string(ipNetString(subnet(net, newBits, netNum)));
  },
};

/** The last address of a network (go-cidr AddressRange). */
function lastAddress(net: IPNet): bigint {
  const { ones, bits } = maskSize(net.mask);
  return ipToBigInt(net.ip).value | ((1n << BigInt(bits - ones)) - 1n);
}

/** go-cidr PreviousSubnet: the prefixLen-sized subnet holding the address just below the base (wrapping). */
function previousSubnet(baseValue: bigint, bits: number, prefixLen: number): IPNet | undefined {
  const modulus = 1n << BigInt(bits);
  const mask = cidrMask(prefixLen, bits);
  const ip = applyMask(bigIntToIP((baseValue - 1n + modulus) % modulus, bits), mask);
  return ip && { ip, mask };
}

const cidrsubnets: HclFunction = {
  params: [param('prefix', StringType)],
  varParam: param('newbits', NumberType),
  returnType: staticReturn(listOf(StringType)),
  impl: (args) => {
    const net = network(args[0]!, (m) => new FunctionArgError(0, m));
    const startPrefixLen = maskSize(net.mask).ones;
    const lengths = args.slice(1);
    if (lengths.length === 0) return Value.list([], StringType);
    const argError = (i: number) => (m: string) => new FunctionArgError(i, m);

    // go-cidr works at the address's narrowest width (IPv4-mapped networks become 32-bit).
    const base = to4(net.ip) ?? net.ip;
    const bits = base.length * 8;
    const baseValue = ipToBigInt(base).value;
    const baseEnd = baseValue | ((1n << BigInt(bits - startPrefixLen)) - 1n);
    const modulus = 1n << BigInt(bits);
    const firstLength = goInt(lengths[0]!, argError(1)) + BigInt(startPrefixLen);
    let current = firstLength >= 0n && firstLength <= BigInt(bits) ? previousSubnet(baseValue, bits, Number(firstLength)) : undefined;

    const out: Value[] = [];
    lengths.forEach((lengthArg, idx) => {
      const i = idx + 1;
      const extra = goInt(lengthArg, argError(i));
      if (extra < 1n) throw new FunctionArgError(i, 'must extend prefix by at least one bit');
      if (extra > 32n) throw new FunctionArgError(i, 'may not extend prefix by more than 32 bits');
      const length = Number(extra) + startPrefixLen;
      if (length > net.ip.length * 8) {
        const protocol = net.ip.length === 4 ? 'IPv4' : net.ip.length === 16 ? 'IPv6' : 'IP';
        throw new FunctionArgError(i, `would extend prefix to ${length} bits, which is too long for an ${protocol} address`);
      }
      const prev = current;
      const noSpace = (after: string) =>
        new FunctionArgError(i, `not enough remaining address space for a subnet with a prefix of ${length} bits after ${after}`);
      // IPv4-mapped IPv6 prefixes leave go-cidr with nil networks here; it then finds no room.
      if (prev === undefined || length > bits) throw noSpace(prev ? ipNetString(prev) : '<nil>');
      // go-cidr NextSubnet: the next length-sized block after the last address of the current one.
      const mask = cidrMask(length, bits);
      const maskValue = ipToBigInt(mask).value;
      const hostBits = (1n << BigInt(bits - length)) - 1n;
      const next = ((lastAddress(prev) & maskValue) | hostBits) + 1n;
      const nextValue = next % modulus;
      if (next >= modulus || nextValue < baseValue || nextValue > baseEnd) throw noSpace(ipNetString(prev));
      current = { ip: bigIntToIP(nextValue & maskValue, bits), mask };
      out.push(Value.string(ipNetString(current)));
    });
    return Value.list(out, StringType);
  },
};

export const ipnetFunctions: Record<string, HclFunction> = { cidrhost, cidrnetmask, cidrsubnet, cidrsubnets };
