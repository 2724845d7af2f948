// Hash and encryption functions (go-cty-funcs/crypto): md5, sha1, sha256, sha512, bcrypt, rsadecrypt.
import { createHash } from 'node:crypto';
import bcryptjs from 'bcryptjs';
import { FunctionError, type HclFunction } from './function.js';
import { WHOLE_NUMBER_MESSAGE, param, staticReturn } from './helpers.js';
import { goBase64Decode } from './go/base64.js';
import { goQuote } from './helpers.js';
import { decryptPkcs1v15, parsePkcs1PrivateKey, pemDecode, rsaDecryptionError } from './rsa-decrypt.js';
import { NumberType, StringType } from '../value/type.js';
import { Value } from '../value/value.js';

/** A function hashing its string argument's UTF-8 bytes and returning lowercase hex. */
function stringHash(algorithm: string): HclFunction {
  return {
    params: [param('str', StringType)],
    returnType: staticReturn(StringType),
    impl: (args) => Value.string(createHash(algorithm).update(args[0]!.asString(), 'utf8').digest('hex')),
  };
}

const bcryptMinCost = 4;
const bcryptMaxCost = 31;
const bcryptDefaultCost = 10;

/** golang.org/x/crypto/bcrypt.GenerateFromPassword, producing "$2a$" hashes as Go does. */
function bcryptHash(password: string, requestedCost: bigint): string {
  if (Buffer.byteLength(password, 'utf8') > 72) {
    throw new FunctionError('error occured generating password bcrypt: password length exceeds 72 bytes');
  }
  const cost = requestedCost < bcryptMinCost ? BigInt(bcryptDefaultCost) : requestedCost;
  if (cost > bcryptMaxCost) {
    throw new FunctionError(
      `error occured generating password crypto/bcrypt: cost ${cost} is outside allowed range (${bcryptMinCost},${bcryptMaxCost})`,
    );
  }
  const salt = bcryptjs.genSaltSync(Number(cost)).replace(/^\$2[aby]\$/, '$2a$');
  return bcryptjs.hashSync(password, salt);
}

const bcrypt: HclFunction = {
  params: [param('str', StringType)],
  varParam: param('cost', NumberType),
  returnType: staticReturn(StringType),
  impl: (args) => {
    let cost = BigInt(bcryptDefaultCost);
    if (args.length > 1) {
      const c = args[1]!.asNum().toInt64();
      if (c === undefined) throw new FunctionError(WHOLE_NUMBER_MESSAGE);
      cost = c;
    }
    if (args.length > 2) throw new FunctionError('bcrypt() takes no more than two arguments');
    return Value.string(bcryptHash(args[0]!.asString(), cost));
  },
};

const rsadecrypt: HclFunction = {
  params: [param('ciphertext', StringType), param('privatekey', StringType)],
  returnType: staticReturn(StringType),
  impl: (args) => {
    const s = args[0]!.asString();
    const ciphertext = goBase64Decode(s);
    if (ciphertext === undefined) {
      throw new FunctionError(`failed to decode input ${goQuote(s)}: cipher text must be base64-encoded`);
    }
    const block = pemDecode(args[1]!.asString());
    if (block === undefined) throw new FunctionError('failed to parse key: no key found');
    if (block.headers.get('Proc-Type') === '4,ENCRYPTED') {
      throw new FunctionError('failed to parse key: password protected keys are not supported. Please decrypt the key prior to use');
    }
    const parsed = parsePkcs1PrivateKey(block.der);
    if ('error' in parsed) throw new FunctionError(parsed.error);
    const out = decryptPkcs1v15(parsed.key, ciphertext);
    if (out === undefined) throw new FunctionError(rsaDecryptionError);
    return Value.string(out.toString('utf8'));
  },
};

export const cryptoFunctions: Record<string, HclFunction> = {
  md5: stringHash('md5'),
  sha1: stringHash('sha1'),
  sha256: stringHash('sha256'),
  sha512: stringHash('sha512'),
  bcrypt,
  rsadecrypt,
};
