// Benchmark: parse + evaluate throughput of the HCL engine on a large generated Packer template.
import type { Body, Expr } from '../src/hcl/ast/nodes.js';
import { EvalContext } from '../src/hcl/eval/eval-context.js';
import { evaluateExpr } from '../src/hcl/eval/evaluate.js';
import { createFunctions } from '../src/hcl/functions/index.js';
import { parseConfig } from '../src/hcl/parser/index.js';
import { Value } from '../src/hcl/value/value.js';
import { generateTemplate } from './generate-template.js';

interface Measure {
  bytes: number;
  parseMs: number;
  evalMs: number;
  expressions: number;
  errors: number;
}

// Evaluates the template the way a loader would: variable defaults, then locals in order, then the rest.
function evaluateBody(body: Body, functions: ReturnType<typeof createFunctions>): { count: number; errors: number } {
  const vars = new Map<string, Value>();
  const locals = new Map<string, Value>();
  let count = 0;
  let errors = 0;
  const ctx = (): EvalContext =>
    new EvalContext({ variables: { var: Value.object(vars), local: Value.object(locals) }, functions });
  const evalOne = (expr: Expr, c: EvalContext): Value => {
    count++;
    const r = evaluateExpr(expr, c);
    if (r.diagnostics.some((d) => d.severity === 'error')) errors++;
    return r.value;
  };
  for (const item of body.items) {
    if (item.kind !== 'Block') continue;
    if (item.type === 'variable') {
      // A new group starts at each `region_` variable: the generated groups only refer to themselves.
      if (item.labels[0]?.startsWith('region_')) {
        vars.clear();
        locals.clear();
      }
      for (const a of item.body.items) {
        if (a.kind === 'Attribute' && a.name === 'default') vars.set(item.labels[0]!, evalOne(a.expr, ctx()));
      }
    } else if (item.type === 'locals') {
      for (const a of item.body.items) if (a.kind === 'Attribute') locals.set(a.name, evalOne(a.expr, ctx()));
    } else {
      const c = ctx();
      const walk = (b: Body): void => {
        for (const a of b.items) {
          if (a.kind === 'Attribute') evalOne(a.expr, c);
          else walk(a.body);
        }
      };
      walk(item.body);
    }
  }
  return { count, errors };
}

function measure(targetBytes: number): Measure {
  const src = generateTemplate(targetBytes);
  const functions = createFunctions({ baseDir: process.cwd() });
  const t0 = performance.now();
  const parsed = parseConfig(src, 'bench.pkr.hcl');
  const t1 = performance.now();
  const { count, errors } = evaluateBody(parsed.body, functions);
  const t2 = performance.now();
  return { bytes: Buffer.byteLength(src), parseMs: t1 - t0, evalMs: t2 - t1, expressions: count, errors: errors + parsed.diagnostics.length };
}

const size = Number(process.argv[2] ?? 4 * 1024 * 1024);
measure(256 * 1024); // warm-up
const runs = [measure(size), measure(size), measure(size)].sort((a, b) => a.parseMs + a.evalMs - (b.parseMs + b.evalMs));
const m = runs[1]!;
const mb = m.bytes / (1024 * 1024);
process.stdout.write(
  JSON.stringify({
    bytes: m.bytes,
    expressions: m.expressions,
    errors: m.errors,
    parseMs: Math.round(m.parseMs),
    evalMs: Math.round(m.evalMs),
    parseMBps: +(mb / (m.parseMs / 1000)).toFixed(2),
    parseEvalMBps: +(mb / ((m.parseMs + m.evalMs) / 1000)).toFixed(2),
  }) + '\n',
);
