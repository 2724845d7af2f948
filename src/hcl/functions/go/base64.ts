// Go's base64.StdEncoding.DecodeString acceptance: padded standard alphabet, with CR and LF ignored.

/** The decoded bytes, or undefined where Go would report a CorruptInputError. */
export function goBase64Decode(s: string): Buffer | undefined {
  const t = s.replace(/[\r\n]/g, '');
  if (t.length % 4 !== 0) return undefined;
  if (!/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(t)) return undefined;
  return Buffer.from(t, 'base64');
}
