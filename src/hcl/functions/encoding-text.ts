// Character encodings by IANA name (as Go's ianaindex): UTF-8/16, ASCII, Latin-1 and the single-byte charmaps.

/** A codec: decode returns undefined for bytes the encoding does not define; encode for characters it cannot represent. */
export interface TextCodec {
  /** The IANA name Go reports in messages (ianaindex.IANA.Name). */
  readonly name: string;
  decode(bytes: Uint8Array): string | undefined;
  encode(text: string): Uint8Array | undefined;
}

const utf8: TextCodec = {
  name: 'UTF-8',
  decode: (b) => new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(b),
  encode: (t) => new TextEncoder().encode(t),
};

function utf16(name: string, littleEndian: boolean, useBOM: boolean): TextCodec {
  return {
    name,
    decode(b) {
      let le = littleEndian;
      let start = 0;
      if (useBOM && b.length >= 2) {
        if (b[0] === 0xfe && b[1] === 0xff) [le, start] = [false, 2];
        else if (b[0] === 0xff && b[1] === 0xfe) [le, start] = [true, 2];
      }
      const body = b.subarray(start);
      let out = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(body);
      if (body.length % 2 === 1 && !out.endsWith('\ufffd')) out += '\ufffd';
      return out;
    },
    encode(t) {
      const units: number[] = useBOM ? [0xfeff] : [];
      for (let i = 0; i < t.length; i++) units.push(t.charCodeAt(i));
      const out = new Uint8Array(units.length * 2);
      units.forEach((u, i) => out.set(unitBytes(u, littleEndian), i * 2));
      return out;
    },
  };
}

function unitBytes(u: number, littleEndian: boolean): [number, number] {
  return littleEndian ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
}

/** A single-byte charmap from a 256-entry table (undefined entries are bytes the charmap does not define). */
function charmap(name: string, table: readonly (number | undefined)[]): TextCodec {
  const reverse = new Map<number, number>();
  table.forEach((cp, byte) => {
    if (cp !== undefined && !reverse.has(cp)) reverse.set(cp, byte);
  });
  return {
    name,
    decode(b) {
      let out = '';
      for (const byte of b) {
        const cp = table[byte];
        out += cp === undefined ? '\ufffd' : String.fromCodePoint(cp);
      }
      return out;
    },
    encode(t) {
      const out: number[] = [];
      for (const ch of t) {
        const byte = reverse.get(ch.codePointAt(0)!);
        if (byte === undefined) return undefined;
        out.push(byte);
      }
      return Uint8Array.from(out);
    },
  };
}

/** A charmap table read from the WHATWG decoder; C1 results of windows-* code pages are its undefined bytes. */
function whatwgTable(label: string, c1Undefined: boolean): (number | undefined)[] {
  const dec = new TextDecoder(label);
  const table: (number | undefined)[] = [];
  for (let b = 0; b < 256; b++) {
    const s = dec.decode(Uint8Array.of(b));
    const cp = s.codePointAt(0)!;
    table.push(s === '\ufffd' || (c1Undefined && b >= 0x80 && b <= 0x9f && cp === b) ? undefined : cp);
  }
  return table;
}

const latin1Table = Array.from({ length: 256 }, (_, b) => b);

function latin5Table(): number[] {
  const t = [...latin1Table];
  const changes: [number, number][] = [[0xd0, 0x11e], [0xdd, 0x130], [0xde, 0x15e], [0xf0, 0x11f], [0xfd, 0x131], [0xfe, 0x15f]];
  for (const [b, cp] of changes) t[b] = cp;
  return t;
}

/** windows-1252 written out: Node 20's TextDecoder mishandles this label (it takes a Latin-1 fast path). */
function windows1252Table(): (number | undefined)[] {
  const high = [
    0x20ac, undefined, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, undefined, 0x17d, undefined,
    undefined, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, undefined, 0x17e, 0x178,
  ];
  return latin1Table.map((b) => (b >= 0x80 && b <= 0x9f ? high[b - 0x80] : b));
}

interface Entry {
  name: string;
  aliases: string;
  make: () => TextCodec;
}

const whatwg = (name: string, label: string, aliases: string, c1Undefined = false): Entry => ({
  name,
  aliases,
  make: () => charmap(name, whatwgTable(label, c1Undefined)),
});

const iso = (n: number, aliases: string): Entry => whatwg(`ISO-8859-${n}`, `iso-8859-${n}`, aliases);
const windows = (n: number): Entry => whatwg(`windows-${n}`, `windows-${n}`, `cswindows${n}`, true);

/** IANA names and aliases (lower case) of the encodings supported here. */
const registry: Entry[] = [
  { name: 'UTF-8', aliases: 'csutf8', make: () => utf8 },
  { name: 'UTF-16BE', aliases: 'csutf16be', make: () => utf16('UTF-16BE', false, false) },
  { name: 'UTF-16LE', aliases: 'csutf16le', make: () => utf16('UTF-16LE', true, false) },
  { name: 'UTF-16', aliases: 'csutf16', make: () => utf16('UTF-16', false, true) },
  {
    name: 'US-ASCII',
    aliases: 'iso-ir-6 ansi_x3.4-1968 ansi_x3.4-1986 iso_646.irv:1991 iso646-us us ibm367 cp367 csascii',
    make: () => charmap('US-ASCII', latin1Table.map((b) => (b < 0x80 ? b : undefined))),
  },
  {
    name: 'ISO-8859-1',
    aliases: 'iso_8859-1:1987 iso-ir-100 iso_8859-1 latin1 l1 ibm819 cp819 csisolatin1',
    make: () => charmap('ISO-8859-1', latin1Table),
  },
  iso(2, 'iso_8859-2:1987 iso-ir-101 iso_8859-2 latin2 l2 csisolatin2'),
  iso(3, 'iso_8859-3:1988 iso-ir-109 iso_8859-3 latin3 l3 csisolatin3'),
  iso(4, 'iso_8859-4:1988 iso-ir-110 iso_8859-4 latin4 l4 csisolatin4'),
  iso(5, 'iso_8859-5:1988 iso-ir-144 iso_8859-5 cyrillic csisolatincyrillic'),
  iso(6, 'iso_8859-6:1987 iso-ir-127 iso_8859-6 ecma-114 asmo-708 arabic csisolatinarabic'),
  iso(7, 'iso_8859-7:1987 iso-ir-126 iso_8859-7 elot_928 ecma-118 greek greek8 csisolatingreek'),
  iso(8, 'iso_8859-8:1988 iso-ir-138 iso_8859-8 hebrew csisolatinhebrew'),
  {
    name: 'ISO-8859-9',
    aliases: 'iso_8859-9:1989 iso-ir-148 iso_8859-9 latin5 l5 csisolatin5',
    make: () => charmap('ISO-8859-9', latin5Table()),
  },
  iso(10, 'iso-ir-157 l6 iso_8859-10:1992 csisolatin6 latin6'),
  iso(13, 'csiso885913'),
  iso(14, 'iso-ir-199 iso_8859-14:1998 iso_8859-14 latin8 iso-celtic l8 csiso885914'),
  iso(15, 'iso_8859-15 latin-9 csiso885915'),
  iso(16, 'iso-ir-226 iso_8859-16:2001 iso_8859-16 latin10 l10 csiso885916'),
  ...[1250, 1251, 1253, 1254, 1255, 1256, 1257, 1258].map(windows),
  { name: 'windows-1252', aliases: 'cswindows1252', make: () => charmap('windows-1252', windows1252Table()) },
  whatwg('KOI8-R', 'koi8-r', 'cskoi8r'),
  whatwg('KOI8-U', 'koi8-u', 'cskoi8u'),
  whatwg('IBM866', 'ibm866', 'cp866 866 csibm866'),
  whatwg('macintosh', 'macintosh', 'mac csmacintosh'),
];

const byAlias = new Map<string, Entry>();
for (const e of registry) {
  byAlias.set(e.name.toLowerCase(), e);
  for (const a of e.aliases.split(' ')) byAlias.set(a, e);
}
const made = new Map<Entry, TextCodec>();

/** The codec for an IANA encoding name or alias (case-insensitive), or undefined when unsupported. */
export function lookupEncoding(name: string): TextCodec | undefined {
  const e = byAlias.get(name.trim().toLowerCase());
  if (!e) return undefined;
  let c = made.get(e);
  if (!c) {
    c = e.make();
    made.set(e, c);
  }
  return c;
}
