// Property test: thousands of random and mutated inputs through lexer, parser, evaluator and formatter
// produce diagnostics, never an uncaught exception; formatting is idempotent on every input that parses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Body, Expr } from '../../src/hcl/ast/nodes.js';
import { hasErrors } from '../../src/hcl/diagnostics/diagnostic.js';
import { EvalContext } from '../../src/hcl/eval/eval-context.js';
import { evaluateExpr } from '../../src/hcl/eval/evaluate.js';
import { formatHcl } from '../../src/hcl/format/format.js';
import { createFunctions } from '../../src/hcl/functions/index.js';
import { parseJsonConfig } from '../../src/hcl/json/index.js';
import { lexConfig } from '../../src/hcl/lexer/lexer.js';
import { parseConfig, parseExpression } from '../../src/hcl/parser/index.js';
import { Value } from '../../src/hcl/value/value.js';
import { createRandom, mutate, randomText } from './mutate.js';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const ITERATIONS = Number(process.env.KILN_FUZZ_ITERATIONS ?? 10_000);

function collectSeeds(): string[] {
  const seeds: string[] = [];
  const dirs = [join(repoRoot, 'examples'), join(repoRoot, 'test', 'fmt', 'corpus'), resolve(repoRoot, '..', 'shared', 'conformance', 'hcl-specsuite')];
  const walk = (dir: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(hcl|t|hcldec)$/.test(e)) seeds.push(readFileSync(p, 'utf8'));
    }
  };
  dirs.forEach(walk);
  const corpus = join(repoRoot, 'test', 'console', 'corpus.txt');
  try {
    seeds.push(...readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => `x = ${l}\n`));
  } catch {
    // the console corpus is optional for this test
  }
  seeds.push('a = 1\n', 'b "x" { c = [for i in [1,2] : i * 2] }\n', 'x = "${upper("a")}%{ if true }y%{ endif }"\n');
  return seeds;
}

function* expressionsOf(body: Body): Generator<Expr> {
  for (const item of body.items) {
    if (item.kind === 'Attribute') yield item.expr;
    else yield* expressionsOf(item.body);
  }
}

// Every function but the deliberately slow (bcrypt) and the ones touching the real filesystem root.
function fuzzContext(): EvalContext {
  const functions = createFunctions({ baseDir: repoRoot });
  for (const slow of ['bcrypt', 'file', 'fileset', 'templatefile', 'fileexists', 'pathexpand']) functions.delete(slow);
  return new EvalContext({
    variables: {
      var: Value.object({ x: Value.string('hello'), n: Value.number(3), l: Value.tuple([Value.number(1), Value.string('a')]) }),
      x: Value.number(1),
    },
    functions,
  });
}

describe('fuzz: engine never throws on bad input', () => {
  it(`survives ${ITERATIONS} random and mutated inputs`, () => {
    const seeds = collectSeeds();
    const ctx = fuzzContext();
    const rnd = createRandom(0x6b696c6e);
    let parsedOk = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const input = i % 5 === 4 ? randomText(rnd) : mutate(seeds[Math.floor(rnd() * seeds.length)]!, rnd);
      const stage = { name: 'lex' };
      try {
        lexConfig(input, 'fuzz.hcl');
        stage.name = 'parse';
        const parsed = parseConfig(input, 'fuzz.hcl');
        stage.name = 'evaluate';
        for (const expr of expressionsOf(parsed.body)) evaluateExpr(expr, ctx);
        stage.name = 'parse-expression';
        const single = parseExpression(input, 'fuzz.hcl');
        if (!hasErrors(single.diagnostics)) evaluateExpr(single.expr, ctx);
        stage.name = 'json';
        parseJsonConfig(input, 'fuzz.hcl.json');
        stage.name = 'format';
        const once = formatHcl(input, 'fuzz.hcl');
        if (!hasErrors(parsed.diagnostics) && !hasErrors(once.diagnostics)) {
          parsedOk++;
          const twice = formatHcl(once.output, 'fuzz.hcl');
          if (twice.output !== once.output) {
            expect.fail(`formatting is not idempotent for input #${i}:\n${JSON.stringify(input)}\nonce:\n${once.output}\ntwice:\n${twice.output}`);
          }
        }
      } catch (err) {
        if ((err as Error).name === 'AssertionError') throw err;
        expect.fail(`${stage.name} threw on input #${i}: ${(err as Error).stack}\ninput: ${JSON.stringify(input)}`);
      }
    }
    // A sanity check that the mutations keep a good share of inputs valid, so later stages are exercised.
    expect(parsedOk).toBeGreaterThan(ITERATIONS / 20);
  }, 600_000);
});
