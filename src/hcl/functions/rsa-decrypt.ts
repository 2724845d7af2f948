// RSA PKCS#1 v1.5 decryption with a PEM PKCS#1 key, as Go's x509/rsa packages do it, for rsadecrypt.
// Node refuses PKCS#1 v1.5 private decryption (CVE-2023-46809), so the modular arithmetic is done here.
import { createPrivateKey, type KeyObject } from 'node:crypto';

export const rsaDecryptionError = 'crypto/rsa: decryption error';

/** pem.Decode's first block: its type, headers and DER bytes; undefined when there is none. */
export function pemDecode(text: string): { type: string; headers: Map<string, string>; der: Buffer } | undefined {
  const m = /-----BEGIN ([^\r\n-]*)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (!m) return undefined;
  const headers = new Map<string, string>();
  const lines = m[2]!.split(/\r?\n/);
  let i = 0;
  for (; i < lines.length; i++) {
    const h = /^([^:\s]+):\s*(.*)$/.exec(lines[i]!);
    if (!h) break;
    headers.set(h[1]!, h[2]!.trim());
  }
  const body = lines.slice(i).join('').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) return undefined;
  return { type: m[1]!, headers, der: Buffer.from(body, 'base64') };
}

/** The tag of the second element inside the DER's outer SEQUENCE: what tells PKCS#1 (INTEGER), SEC 1 (OCTET STRING) and PKCS#8 (SEQUENCE) apart. */
function secondElementTag(der: Buffer): number | undefined {
  const headerLength = (at: number): number | undefined => {
    const first = der[at + 1];
    if (first === undefined) return undefined;
    if (first < 0x80) return 2;
    const n = first & 0x7f;
    return n === 0 || n > 4 ? undefined : 2 + n;
  };
  const contentLength = (at: number): number | undefined => {
    const first = der[at + 1];
    if (first === undefined) return undefined;
    if (first < 0x80) return first;
    let len = 0;
    for (let i = 0; i < (first & 0x7f); i++) len = len * 256 + (der[at + 2 + i] ?? 0);
    return len;
  };
  if (der[0] !== 0x30) return undefined;
  const outer = headerLength(0);
  if (outer === undefined) return undefined;
  const firstHeader = headerLength(outer);
  const firstLength = contentLength(outer);
  if (firstHeader === undefined || firstLength === undefined) return undefined;
  return der[outer + firstHeader + firstLength];
}

function tryKey(der: Buffer, type: 'pkcs1' | 'pkcs8' | 'sec1'): KeyObject | undefined {
  try {
    return createPrivateKey({ key: der, format: 'der', type });
  } catch {
    return undefined;
  }
}

/** x509.ParsePKCS1PrivateKey: the key, or Go's message for the common wrong formats. */
export function parsePkcs1PrivateKey(der: Buffer): { key: KeyObject } | { error: string } {
  const tag = secondElementTag(der);
  const key = tag === 0x02 ? tryKey(der, 'pkcs1') : undefined;
  if (key && key.asymmetricKeyType === 'rsa') return { key };
  if (tag === 0x04 && tryKey(der, 'sec1')) {
    return { error: 'x509: failed to parse private key (use ParseECPrivateKey instead for this key format)' };
  }
  if (tag === 0x30 && tryKey(der, 'pkcs8')) {
    return { error: 'x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)' };
  }
  return { error: 'x509: malformed private key' };
}

function b64urlToBigInt(s: string): bigint {
  const hex = Buffer.from(s, 'base64url').toString('hex');
  return hex === '' ? 0n : BigInt('0x' + hex);
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

/** rsa.DecryptPKCS1v15: the plaintext, or undefined for Go's generic decryption error. */
export function decryptPkcs1v15(key: KeyObject, ciphertext: Buffer): Buffer | undefined {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.n === undefined || jwk.d === undefined) return undefined;
  const n = b64urlToBigInt(jwk.n);
  const d = b64urlToBigInt(jwk.d);
  const k = Math.ceil(n.toString(16).length / 2);
  if (k < 11 || ciphertext.length > k) return undefined;
  const c = ciphertext.length === 0 ? 0n : BigInt('0x' + ciphertext.toString('hex'));
  if (c >= n) return undefined;
  const m = modPow(c, d, n);
  const em = Buffer.from(m.toString(16).padStart(k * 2, '0'), 'hex');
  if (em[0] !== 0 || em[1] !== 2) return undefined;
  const zero = em.indexOf(0, 2);
  if (zero < 0 || zero < 2 + 8) return undefined;
  return em.subarray(zero + 1);
}
