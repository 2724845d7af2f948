// Which fields of a decoded config were unknown at decode time (validate runs before build values exist).

const unknownByConfig = new WeakMap<object, ReadonlySet<string>>();
const none: ReadonlySet<string> = new Set();

/** Called by the decoder once per decoded object. */
export function recordUnknownFields(config: object, names: ReadonlySet<string>): void {
  if (names.size > 0) unknownByConfig.set(config, new Set(names));
}

/** The names of the fields whose values were unknown when `config` was decoded (left undefined in it). */
export function unknownFieldsOf(config: object): ReadonlySet<string> {
  return unknownByConfig.get(config) ?? none;
}

/** True when the field was set to a value unknown at decode time. */
export function isUnknownField(config: object, name: string): boolean {
  return unknownFieldsOf(config).has(name);
}
