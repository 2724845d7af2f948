// Go's net.ParseCIDR and IP/IPNet formatting, whose exact acceptance rules and output the cidr* functions expose.

/** A network as Go's net.IPNet holds it: a 4-byte IPv4 or 16-byte IPv6 address and a mask of the same family. */
export interface IPNet {
  readonly ip: Uint8Array;
  readonly mask: Uint8Array;
}

/** netip.ParseAddr's IPv4 rule: four decimal fields, no leading zeros, each at most 255. */
function parseIPv4(s: string): Uint8Array | undefined {
  const fields = s.split('.');
  if (fields.length !== 4) return undefined;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const f = fields[i]!;
    if (!/^[0-9]{1,3}$/.test(f) || (f.length > 1 && f[0] === '0')) return undefined;
    const n = Number(f);
    if (n > 255) return undefined;
    out[i] = n;
  }
  return out;
}

/** netip.ParseAddr's IPv6 rule (without zones): hex groups, one "::", an optional trailing dotted IPv4. */
function parseIPv6(s: string): Uint8Array | undefined {
  const out = new Uint8Array(16);
  let rest = s;
  let ellipsis = -1;
  let i = 0; // byte index
  if (rest.startsWith('::')) {
    ellipsis = 0;
    rest = rest.slice(2);
    if (rest === '') return out;
  }
  while (i < 16) {
    const m = /^[0-9a-fA-F]{1,4}/.exec(rest);
    if (!m) return undefined;
    // An embedded IPv4 address may end the address.
    if (rest.length > m[0].length && rest[m[0].length] === '.') {
      if (ellipsis < 0 && i !== 12) return undefined;
      if (i + 4 > 16) return undefined;
      const v4 = parseIPv4(rest);
      if (!v4) return undefined;
      out.set(v4, i);
      i += 4;
      rest = '';
      break;
    }
    const group = parseInt(m[0], 16);
    out[i] = group >> 8;
    out[i + 1] = group & 0xff;
    i += 2;
    rest = rest.slice(m[0].length);
    if (rest === '') break;
    if (rest[0] !== ':' || rest.length === 1) return undefined;
    rest = rest.slice(1);
    if (rest[0] === ':') {
      if (ellipsis >= 0) return undefined;
      ellipsis = i;
      rest = rest.slice(1);
      if (rest === '') break;
    }
  }
  if (rest !== '') return undefined;
  if (i < 16) {
    if (ellipsis < 0) return undefined;
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) out[j + n] = out[j]!;
    for (let j = ellipsis + n - 1; j >= ellipsis; j--) out[j] = 0;
  } else if (ellipsis >= 0) {
    return undefined; // "::" must stand for at least one group
  }
  return out;
}

/** A CIDR mask of `ones` leading one-bits out of `bits` (32 or 128); empty (Go's nil) when out of range. */
export function cidrMask(ones: number, bits: number): Uint8Array {
  if (ones < 0 || ones > bits) return new Uint8Array(0);
  const m = new Uint8Array(bits / 8);
  for (let i = 0; i < m.length; i++) {
    const take = Math.max(0, Math.min(8, ones - i * 8));
    m[i] = take === 0 ? 0 : (0xff << (8 - take)) & 0xff;
  }
  return m;
}

/** IPMask.Size: the number of leading ones and the total bits (the mask is always canonical here). */
export function maskSize(mask: Uint8Array): { ones: number; bits: number } {
  let ones = 0;
  for (const b of mask) {
    for (let bit = 7; bit >= 0; bit--) {
      if (b & (1 << bit)) ones++;
      else return { ones, bits: mask.length * 8 };
    }
  }
  return { ones, bits: mask.length * 8 };
}

const v4InV6Prefix = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** IP.To4: the 4-byte form of an IPv4 or IPv4-mapped IPv6 address, else undefined. */
export function to4(ip: Uint8Array): Uint8Array | undefined {
  if (ip.length === 4) return ip;
  if (ip.length === 16 && v4InV6Prefix.every((b, i) => ip[i] === b)) return ip.slice(12);
  return undefined;
}

/** IP.Mask: the address with the mask applied (Go narrows an IPv4-mapped address for a 4-byte mask). */
export function applyMask(ip: Uint8Array, mask: Uint8Array): Uint8Array | undefined {
  let addr = ip;
  if (mask.length === 16 && addr.length === 4 && mask.slice(0, 12).every((b) => b === 0xff)) mask = mask.slice(12);
  if (mask.length === 4 && addr.length === 16 && v4InV6Prefix.every((b, i) => addr[i] === b)) addr = addr.slice(12);
  if (addr.length !== mask.length || mask.length === 0) return undefined;
  return addr.map((b, i) => b & mask[i]!);
}

/** net.ParseCIDR: the network, or Go's error text ("invalid CIDR address: ..."). */
export function parseCIDR(s: string): { ip: Uint8Array; net: IPNet } | { error: string } {
  const fail = { error: `invalid CIDR address: ${s}` };
  const slash = s.indexOf('/');
  if (slash < 0) return fail;
  const addr = s.slice(0, slash);
  const maskText = s.slice(slash + 1);
  let ip16: Uint8Array;
  let is4 = false;
  const v4 = parseIPv4(addr);
  if (v4) {
    ip16 = new Uint8Array([...v4InV6Prefix, ...v4]);
    is4 = true;
  } else {
    if (addr.includes('%')) return fail;
    const v6 = parseIPv6(addr);
    if (!v6) return fail;
    ip16 = v6;
  }
  // dtoi: decimal digits only, giving up at 0xFFFFFF.
  if (!/^[0-9]+$/.test(maskText)) return fail;
  let ones = 0;
  for (const ch of maskText) {
    ones = ones * 10 + Number(ch);
    if (ones >= 0xffffff) return fail;
  }
  const bits = is4 ? 32 : 128;
  if (ones > bits) return fail;
  const mask = cidrMask(ones, bits);
  return { ip: ip16, net: { ip: applyMask(ip16, mask)!, mask } };
}

function hex16(ip: Uint8Array, group: number): number {
  return (ip[group * 2]! << 8) | ip[group * 2 + 1]!;
}

/** IP.String: dotted decimal for IPv4 (and IPv4-mapped), RFC 5952 text for IPv6. */
export function ipString(ip: Uint8Array): string {
  const v4 = to4(ip);
  if (v4) return [...v4].join('.');
  if (ip.length !== 16) return '?';
  // The longest run (at least two) of zero groups becomes "::"; the first run wins ties.
  let bestStart = -1;
  let bestLen = 0;
  for (let g = 0; g < 8; ) {
    let end = g;
    while (end < 8 && hex16(ip, end) === 0) end++;
    if (end - g >= 2 && end - g > bestLen) {
      bestStart = g;
      bestLen = end - g;
    }
    g = end === g ? g + 1 : end;
  }
  const groups = Array.from({ length: 8 }, (_, g) => hex16(ip, g).toString(16));
  if (bestStart < 0) return groups.join(':');
  return `${groups.slice(0, bestStart).join(':')}::${groups.slice(bestStart + bestLen).join(':')}`;
}

/** IPNet.String: "address/prefix", shown in the IPv4 family when the address is IPv4; "<nil>" when malformed. */
export function ipNetString(n: IPNet): string {
  const ip = to4(n.ip) ?? n.ip;
  let mask = n.mask;
  if (ip.length !== 4 && ip.length !== 16) return '<nil>';
  if (mask.length === 16 && ip.length === 4) mask = mask.slice(12);
  else if (mask.length !== 4 && mask.length !== 16) return '<nil>';
  else if (mask.length === 4 && ip.length !== 4) return '<nil>';
  return `${ipString(ip)}/${maskSize(mask).ones}`;
}

/** The address as an unsigned integer, and its width in bits (by byte length, as go-cidr's ipToInt). */
export function ipToBigInt(ip: Uint8Array): { value: bigint; bits: number } {
  let v = 0n;
  for (const b of ip) v = (v << 8n) | BigInt(b);
  return { value: v, bits: ip.length * 8 };
}

/** go-cidr's intToIP: the low bytes of |value| packed into an address of the given width. */
export function bigIntToIP(value: bigint, bits: number): Uint8Array {
  let abs = value < 0n ? -value : value;
  const out = new Uint8Array(bits / 8);
  for (let i = out.length - 1; i >= 0 && abs > 0n; i--) {
    out[i] = Number(abs & 0xffn);
    abs >>= 8n;
  }
  return out;
}
