// Encoding functions: base64 (plain, gzip, and text in other charsets), CSV, JSON, URL query escaping and YAML.
import { FunctionArgError, FunctionError, type HclFunction } from './function.js';
import { goBase64Decode, goGzip } from './encoding-base64.js';
import { CsvParseError, CsvReader } from './encoding-csv.js';
import { lookupEncoding, type TextCodec } from './encoding-text.js';
import { YamlDecodeError, decodeYaml } from './encoding-yaml-decode.js';
import { encodeYaml } from './encoding-yaml-emit.js';
import { decodeJson, encodeJson, goQuote, param, staticReturn } from './helpers.js';
import { DynamicType, StringType, listOf, objectOf, type Type } from '../value/type.js';
import { Value } from '../value/value.js';

const str = (name: string) => param(name, StringType);

function stringFn(name: string, f: (s: string) => string): HclFunction {
  return { params: [str(name)], returnType: staticReturn(StringType), impl: (args) => Value.string(f(args[0]!.asString())) };
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

const base64decode = stringFn('str', (s) => {
  const r = goBase64Decode(Buffer.from(s, 'utf8'));
  if ('errorOffset' in r) throw new FunctionError(`failed to decode base64 data '${s}'`);
  try {
    return utf8Decoder.decode(r.bytes);
  } catch {
    throw new FunctionError('the result of decoding the the provided string is not valid UTF-8');
  }
});

/** Go's url.QueryEscape: unreserved characters kept, space as '+', all else %XX (upper-case hex) per UTF-8 byte. */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

function csvHeaderType(src: string): Type {
  const reader = new CsvReader(src);
  let headers: string[] | undefined;
  try {
    headers = reader.read();
  } catch (e) {
    throw csvError(e);
  }
  if (headers === undefined) throw new FunctionError('missing header line');
  const attrs = new Map<string, Type>();
  for (const h of headers) {
    if (attrs.has(h)) throw new FunctionError(`duplicate column name ${goQuote(h)}`);
    attrs.set(h, StringType);
  }
  return listOf(objectOf(attrs));
}

function csvError(e: unknown): unknown {
  return e instanceof CsvParseError ? new FunctionError(`CSV parse error on line ${e.line}: ${e.message}`) : e;
}

const csvdecode: HclFunction = {
  params: [str('str')],
  returnType(args) {
    if (!args[0]!.isKnown) return DynamicType;
    return csvHeaderType(args[0]!.asString());
  },
  impl(args, retType) {
    const ety = (retType as Extract<Type, { kind: 'list' }>).element as Extract<Type, { kind: 'object' }>;
    const reader = new CsvReader(args[0]!.asString(), ety.attributes.size);
    const rows: Value[] = [];
    try {
      const headers = reader.read()!;
      for (let cols = reader.read(); cols !== undefined; cols = reader.read()) {
        rows.push(Value.object(new Map(cols.map((c, i) => [headers[i]!, Value.string(c)]))));
      }
    } catch (e) {
      throw csvError(e);
    }
    return Value.list(rows, ety);
  },
};

const jsonencode: HclFunction = {
  params: [param('val', DynamicType, { allowUnknown: true, allowNull: true })],
  returnType: staticReturn(StringType),
  impl(args) {
    const v = args[0]!;
    if (!v.isWhollyKnown) return Value.unknown(StringType);
    if (v.isNull) return Value.string('null');
    const j = encodeJson(v);
    if ('error' in j) throw new FunctionError(j.error);
    return Value.string(j.json);
  },
};

const jsondecode: HclFunction = {
  params: [str('str')],
  returnType(args) {
    if (!args[0]!.isKnown) return DynamicType;
    return decodeJson(args[0]!.asString()).type;
  },
  impl: (args) => decodeJson(args[0]!.asString()),
};

function codecArg(name: Value): TextCodec {
  const codec = lookupEncoding(name.asString());
  if (!codec) throw new FunctionArgError(1, `${goQuote(name.asString())} is not a supported IANA encoding name or alias`);
  return codec;
}

const textencodebase64: HclFunction = {
  params: [str('string'), str('encoding')],
  returnType: staticReturn(StringType),
  impl(args) {
    const codec = codecArg(args[1]!);
    const bytes = codec.encode(args[0]!.asString());
    if (!bytes) throw new FunctionArgError(0, `the given string contains characters that cannot be represented in ${codec.name}`);
    return Value.string(Buffer.from(bytes).toString('base64'));
  },
};

const textdecodebase64: HclFunction = {
  params: [str('source'), str('encoding')],
  returnType: staticReturn(StringType),
  impl(args) {
    const codec = codecArg(args[1]!);
    const r = goBase64Decode(Buffer.from(args[0]!.asString(), 'utf8'));
    if ('errorOffset' in r) throw new FunctionArgError(0, `the given value is has an invalid base64 symbol at offset ${r.errorOffset}`);
    const text = codec.decode(r.bytes);
    if (text === undefined || text.includes('\ufffd')) {
      throw new FunctionArgError(0, `the given string contains symbols that are not defined for ${codec.name}`);
    }
    return Value.string(text);
  },
};

function yamlValue(src: string): Value | undefined {
  try {
    return decodeYaml(src);
  } catch (e) {
    if (e instanceof YamlDecodeError) throw new FunctionError(e.message);
    throw e;
  }
}

const yamldecode: HclFunction = {
  params: [str('src')],
  returnType(args) {
    if (!args[0]!.isKnown) return DynamicType;
    return yamlValue(args[0]!.asString())?.type ?? DynamicType;
  },
  impl(args, retType) {
    if (retType.kind === 'dynamic') return Value.unknown(DynamicType);
    return yamlValue(args[0]!.asString())!;
  },
};

const yamlencode: HclFunction = {
  params: [param('value', DynamicType, { allowNull: true })],
  returnType: staticReturn(StringType),
  impl(args) {
    const v = args[0]!;
    if (!v.isWhollyKnown) return Value.unknown(StringType);
    return Value.string(encodeYaml(v));
  },
};

export const encodingFunctions: Record<string, HclFunction> = {
  base64decode,
  base64encode: stringFn('str', (s) => Buffer.from(s, 'utf8').toString('base64')),
  base64gzip: stringFn('str', (s) => goGzip(Buffer.from(s, 'utf8')).toString('base64')),
  csvdecode,
  jsondecode,
  jsonencode,
  textdecodebase64,
  textencodebase64,
  urlencode: stringFn('str', queryEscape),
  yamldecode,
  yamlencode,
};
