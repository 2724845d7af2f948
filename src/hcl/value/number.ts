// Arbitrary-precision numbers with cty's semantics (binary floating point, 512-bit mantissa).
// PLACEHOLDER: the API below is the contract; the implementation is being written (see issue 2).

export class Num {
  private constructor(readonly approx: number) {}
  static from(n: number | bigint): Num {
    return new Num(Number(n));
  }
  /** Parses an HCL number literal or a decimal string ("1e3", "-0.5"); undefined if malformed. */
  static parse(s: string): Num | undefined {
    const n = Number(s);
    return Number.isNaN(n) ? undefined : new Num(n);
  }
  toString(): string {
    return String(this.approx);
  }
}
