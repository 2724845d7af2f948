// Reading a spec-suite `.t` file: the expected result, result type, traversals and diagnostic ranges.
import { readFileSync } from 'node:fs';
import type { Traversal } from '../../src/hcl/ast/nodes.js';
import { errorDiag, hasErrors, type Diagnostic, type Severity } from '../../src/hcl/diagnostics/diagnostic.js';
import { convertValue } from '../../src/hcl/eval/conv.js';
import { typeFromExpression } from '../../src/hcl/schema/type-expr.js';
import type { Pos, Range } from '../../src/hcl/source/pos.js';
import type { Body } from '../../src/hcl/structure.js';
import { parseAndWrap } from '../../src/hcl/syntax/file.js';
import { DynamicType, type Type } from '../../src/hcl/value/type.js';
import type { Value } from '../../src/hcl/value/value.js';

export interface ExpectedDiag {
  severity: Severity;
  /** Filename left empty: it is the input file's. */
  range: Range;
}

export interface TestFile {
  result: Value | undefined;
  resultType: Type;
  checksTraversals: boolean;
  expectedTraversals: { traversal: Traversal; range: Range }[];
  expectedDiags: ExpectedDiag[];
}

export function loadTestFile(path: string): { value: TestFile | undefined; diagnostics: Diagnostic[] } {
  const { file, diagnostics } = parseAndWrap(readFileSync(path, 'utf8'), path);
  if (hasErrors(diagnostics)) return { value: undefined, diagnostics };
  const { content, diagnostics: cd } = file.body.content({
    attributes: [{ name: 'result' }, { name: 'result_type' }],
    blocks: [{ type: 'traversals' }, { type: 'diagnostics' }],
  });
  diagnostics.push(...cd);
  if (hasErrors(cd)) return { value: undefined, diagnostics };
  const tf: TestFile = { result: undefined, resultType: DynamicType, checksTraversals: false, expectedTraversals: [], expectedDiags: [] };

  const typeAttr = content.attributes.get('result_type');
  if (typeAttr) {
    const t = typeFromExpression(typeAttr.expr);
    diagnostics.push(...t.diagnostics);
    if (!hasErrors(t.diagnostics)) tf.resultType = t.type;
  }
  const resultAttr = content.attributes.get('result');
  if (resultAttr) {
    const r = resultAttr.expr.value(undefined);
    diagnostics.push(...r.diagnostics);
    if (!hasErrors(r.diagnostics)) {
      const c = convertValue(r.value, tf.resultType);
      if (c.ok) tf.result = c.value;
      else diagnostics.push(errorDiag('Invalid result value', `The result value does not conform to the given result type: ${c.error}.`, resultAttr.expr.range()));
    }
  }
  for (const block of content.blocks) {
    if (block.type === 'traversals') {
      tf.checksTraversals = true;
      const tc = block.body.content({ blocks: [{ type: 'expect' }] });
      diagnostics.push(...tc.diagnostics);
      for (const e of tc.content.blocks) {
        const { range, remain, diagnostics: rd } = decodeRange(e.body);
        diagnostics.push(...rd);
        const ec = remain.content({ attributes: [{ name: 'ref', required: true }] });
        diagnostics.push(...ec.diagnostics);
        const t = ec.content.attributes.get('ref')?.expr.asTraversal();
        if (t) tf.expectedTraversals.push({ traversal: t, range });
      }
    } else {
      const dc = block.body.content({ blocks: [{ type: 'error' }, { type: 'warning' }] });
      diagnostics.push(...dc.diagnostics);
      for (const d of dc.content.blocks) {
        const { range, remain, diagnostics: rd } = decodeRange(d.body);
        diagnostics.push(...rd, ...remain.content({}).diagnostics);
        tf.expectedDiags.push({ severity: d.type === 'error' ? 'error' : 'warning', range });
      }
    }
  }
  return { value: tf, diagnostics };
}

function decodeRange(body: Body): { range: Range; remain: Body; diagnostics: Diagnostic[] } {
  const { content, remain, diagnostics } = body.partialContent({ blocks: [{ type: 'from' }, { type: 'to' }] });
  let start: Pos = { line: 0, column: 0, byte: 0 };
  let end: Pos = start;
  for (const b of content.blocks) {
    const pc = b.body.content({
      attributes: [
        { name: 'line', required: true },
        { name: 'column', required: true },
        { name: 'byte', required: true },
      ],
    });
    diagnostics.push(...pc.diagnostics);
    const num = (n: string): number => {
      const a = pc.content.attributes.get(n);
      if (!a) return 0;
      const r = a.expr.value(undefined);
      diagnostics.push(...r.diagnostics);
      return r.value.isKnown && r.value.type.kind === 'number' ? r.value.asNum().toNumber() : 0;
    };
    const pos: Pos = { line: num('line'), column: num('column'), byte: num('byte') };
    if (b.type === 'from') start = pos;
    else end = pos;
  }
  return { range: { filename: '', start, end }, remain, diagnostics };
}
