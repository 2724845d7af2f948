// big.Float.Text against Go, for long decimal expansions too: those are printed from their leading digits only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { Num } from './number.js';
import { floatText } from './number-format.js';

type Format = 'f' | 'e' | 'E' | 'g' | 'G';

/** Milliseconds taken by fn, with its result. */
function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** The fixture's form of a text: itself, or `#length:first 24 chars:sha256 prefix` when longer than 120. */
function fixtureForm(s: string): string {
  if (s.length <= 120) return s;
  const hash = createHash('sha256').update(s).digest('hex').slice(0, 16);
  return `#${s.length}:${s.slice(0, 24)}:${hash}`;
}

/**
 * Rows `mant exp prec negative format prec text` printed by a Go 1.26 program: big.Float.SetMantExp of
 * random mantissas (and ParseFloat of random literals) with exponents up to ±12000 bits, then Text.
 */
const goRows = readFileSync(new URL('./testdata/float-text.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => line.split('\t') as [string, string, string, string, Format, string, string]);

describe('floatText matches Go big.Float.Text', () => {
  it.each(goRows)('%s × 2^%s at %s bits (negative %s) as %s/%s', (mant, exp, prec, negative, format, p, want) => {
    const x = Num.fromParts({ form: 'finite', negative: negative === 'true', mant: BigInt(mant), exp: Number(exp), prec: Number(prec) });
    expect(fixtureForm(x.text(format, Number(p)))).toBe(want);
    // Leading digits wherever possible, and the full expansion always: the same text.
    expect(fixtureForm(floatText(x, format, Number(p), 0))).toBe(want);
    expect(fixtureForm(floatText(x, format, Number(p), Infinity))).toBe(want);
  });
});

describe('floatText on huge and tiny numbers', () => {
  const parse = (s: string): Num => Num.parse(s)!;

  it('1e31000000', () => {
    const n = parse('1e31000000');
    const s = timed(() => n.toString());
    expect(s.value.length).toBe(31000001);
    expect(s.value === '1' + '0'.repeat(31000000)).toBe(true);
    const g = timed(() => n.text('g', -1));
    expect(g.value).toBe('1e+31000000');
    expect(n.text('e', 3)).toBe('1.000e+31000000');
    expect(n.text('G', 12)).toBe('1E+31000000');
    expect(n.mul(parse('1.5')).text('g', -1)).toBe('1.5e+31000000');
    expect(s.ms + g.ms).toBeLessThan(1000);
  });

  it('-1e-31000000', () => {
    const n = parse('-1e-31000000');
    const s = timed(() => n.toString());
    expect(s.value.length).toBe(31000003);
    expect(s.value === '-0.' + '0'.repeat(30999999) + '1').toBe(true);
    const g = timed(() => n.text('g', -1));
    expect(g.value).toBe('-1e-31000000');
    expect(n.text('e', 2)).toBe('-1.00e-31000000');
    expect(n.text('f', 6)).toBe('-0.000000');
    expect(n.text('f', 0)).toBe('-0');
    expect(s.ms + g.ms).toBeLessThan(1000);
  });

  // 2^(2^23) by repeated squaring, and values derived from it; the expected texts come from the exact expansion.
  let big = parse('2');
  for (let i = 0; i < 23; i++) big = big.mul(big);
  const tiny = Num.One.div(big);
  it.each([
    [
      '2^8388608',
      big,
      '4.264487423559527872432728926085615754755420079495712215724617040752402017934976082572499418248835803810539854672628114645896861904036112325306795225443938e+2525222',
      '4.26448742355952787243e+2525222',
    ],
    [
      '-2^8388608/3',
      big.div(parse('3')).neg(),
      '-1.4214958078531759574775763086952052515851400264985707385748723469174673393116586941908331394162786012701799515575427048819656206346787041084355984084813126e+2525222',
      '-1.42149580785317595748e+2525222',
    ],
    [
      '2^-8388608',
      tiny,
      '2.3449477057322620222546775527242476219043877555386221929831430439457927794478115497564522676430413496495548158876218549978955503922971629712085951249874357e-2525223',
      '2.34494770573226202225e-2525223',
    ],
    [
      '7/3 × 2^-8388608',
      tiny.mul(parse('7')).div(parse('3')),
      '5.47154464670861138526091428968991111777690476292345178362733376920684981871156028276505529116709648251562790373778432832842295091536004693282005529163735e-2525223',
      '5.47154464670861138526e-2525223',
    ],
  ])('%s', (_name, n, shortest, e20) => {
    const g = timed(() => n.text('g', -1));
    expect(g.value).toBe(shortest);
    expect(n.text('e', -1)).toBe(shortest);
    expect(n.text('e', 20)).toBe(e20);
    const s = timed(() => n.toString());
    const [lead, power] = shortest.split('e') as [string, string];
    const digits = lead.replace(/^-/, '').replace('.', '');
    const exp = Number(power);
    if (exp > 0) {
      expect(s.value.length).toBe((n.negative ? 1 : 0) + exp + 1);
      expect(s.value.startsWith((n.negative ? '-' : '') + digits)).toBe(true);
    } else {
      expect(s.value.length).toBe(2 - exp + digits.length - 1);
      expect(s.value.startsWith('0.' + '0'.repeat(-exp - 1) + digits[0])).toBe(true);
      expect(s.value.endsWith(digits)).toBe(true);
    }
    expect(g.ms + s.ms).toBeLessThan(1000);
  });

  it('explicit precisions stay quick on long expansions', () => {
    const t = timed(() => [tiny.text('f', 4), tiny.text('g', 30), big.text('E', 5), parse('1e100000').text('f', 2)]);
    expect(t.value.slice(0, 3)).toEqual(['0.0000', '2.34494770573226202225467755272e-2525223', '4.26449E+2525222']);
    // Printed exactly, as Go does: the 512-bit float nearest 10^100000 lies just below it.
    expect(fixtureForm(t.value[3]!)).toBe('#100003:999999999999999999999999:a7bf24a7aec3144c');
    expect(t.ms).toBeLessThan(1000);
  });
});
