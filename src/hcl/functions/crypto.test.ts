import { constants, generateKeyPairSync, publicEncrypt } from 'node:crypto';
import bcryptjs from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { callText } from './call-for-test.js';
import { cryptoFunctions as f } from './crypto.js';

describe('hashes', () => {
  it.each([
    ['md5', 'hello', '5d41402abc4b2a76b9719d911017c592'],
    ['sha1', 'hello', 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d'],
    ['sha256', 'h\u00e9llo', '3c48591d8d098a4538f5e013dfcf406e948eac4d3277b10bf614e295d6068179'],
    [
      'sha512',
      '',
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    ],
  ])('%s(%j)', (name, input, want) => {
    expect(callText(f[name], input)).toBe(want);
  });
});

describe('bcrypt', () => {
  it('hashes with Go\'s "$2a$" prefix and the default cost 10', () => {
    const h = callText(f.bcrypt, 'secret');
    expect(h).toMatch(/^\$2a\$10\$/);
    expect(bcryptjs.compareSync('secret', h)).toBe(true);
  });
  it('uses the given cost, and the default for costs below 4', () => {
    expect(callText(f.bcrypt, 'a', 5)).toMatch(/^\$2a\$05\$/);
    expect(callText(f.bcrypt, 'a', 3)).toMatch(/^\$2a\$10\$/);
  });
  it.each([
    [['a', 3, 4], 'error: bcrypt() takes no more than two arguments'],
    [['a', 32], 'error: error occured generating password crypto/bcrypt: cost 32 is outside allowed range (4,31)'],
    [['a', 1.5], 'error: value must be a whole number, between -9223372036854775808 and 9223372036854775807'],
    [['x'.repeat(73)], 'error: error occured generating password bcrypt: password length exceeds 72 bytes'],
  ])('bcrypt(%j) fails', (args, want) => {
    expect(callText(f.bcrypt, ...args)).toBe(want);
  });
});

describe('rsadecrypt', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const pem = privateKey.export({ format: 'pem', type: 'pkcs1' }).toString();
  const pkcs8 = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const encrypt = (s: string) =>
    publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(s)).toString('base64');

  it('decrypts PKCS#1 v1.5 ciphertext with a PKCS#1 PEM key', () => {
    expect(callText(f.rsadecrypt, encrypt('Hello, world!'), pem)).toBe('Hello, world!');
  });
  it.each([
    [() => ['not base64!', pem], 'error: failed to decode input "not base64!": cipher text must be base64-encoded'],
    [() => [encrypt('x'), 'no pem here'], 'error: failed to parse key: no key found'],
    [
      () => [encrypt('x'), pem.replace('\n', '\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n')],
      'error: failed to parse key: password protected keys are not supported. Please decrypt the key prior to use',
    ],
    [
      () => [encrypt('x'), pkcs8],
      'error: x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)',
    ],
    [() => [Buffer.from('garbage').toString('base64'), pem], 'error: crypto/rsa: decryption error'],
  ])('reports %#', (args, want) => {
    expect(callText(f.rsadecrypt, ...args())).toBe(want);
  });
});
