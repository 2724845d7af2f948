// A compact one-line rendering of native-syntax AST nodes, for tests and debugging.
import type { Expr, Traversal } from '../ast/nodes.js';
import type { Value } from '../value/value.js';

export function dumpValue(v: Value): string {
  if (!v.isKnown) return `<unknown ${v.type.kind}>`;
  if (v.isNull) return 'null';
  switch (v.type.kind) {
    case 'string':
      return JSON.stringify(v.asString());
    case 'number':
      return v.asNum().toString();
    case 'bool':
      return String(v.asBool());
    default:
      return `<${v.type.kind}>`;
  }
}

export function dumpTraversal(t: Traversal): string {
  return t
    .map((s) => {
      switch (s.kind) {
        case 'root':
          return s.name;
        case 'attr':
          return `.${s.name}`;
        case 'index':
          return `[${dumpValue(s.key)}]`;
        case 'splat':
          return '[*]';
      }
    })
    .join('');
}

export function dumpExpr(e: Expr): string {
  switch (e.kind) {
    case 'LiteralValue':
      return dumpValue(e.value);
    case 'ScopeTraversal':
      return dumpTraversal(e.traversal);
    case 'RelativeTraversal':
      return `rel(${dumpExpr(e.source)}, ${dumpTraversal(e.traversal)})`;
    case 'FunctionCall':
      return `${e.name}(${e.args.map(dumpExpr).join(', ')}${e.expandFinal ? '...' : ''})`;
    case 'Conditional':
      return `(${dumpExpr(e.condition)} ? ${dumpExpr(e.trueResult)} : ${dumpExpr(e.falseResult)})`;
    case 'Index':
      return `index(${dumpExpr(e.collection)}, ${dumpExpr(e.key)})`;
    case 'TupleCons':
      return `[${e.exprs.map(dumpExpr).join(', ')}]`;
    case 'ObjectCons':
      return `{${e.items.map((i) => `${dumpExpr(i.keyExpr)} = ${dumpExpr(i.valueExpr)}`).join(', ')}}`;
    case 'ObjectConsKey':
      return `${e.forceNonLiteral ? 'key!' : 'key'}(${dumpExpr(e.wrapped)})`;
    case 'For': {
      const vars = e.keyVar === '' ? e.valVar : `${e.keyVar}, ${e.valVar}`;
      const key = e.keyExpr !== undefined ? `${dumpExpr(e.keyExpr)} => ` : '';
      const cond = e.condExpr !== undefined ? ` if ${dumpExpr(e.condExpr)}` : '';
      return `for(${vars} in ${dumpExpr(e.collExpr)} : ${key}${dumpExpr(e.valExpr)}${e.group ? '...' : ''}${cond})`;
    }
    case 'Splat':
      return `splat(${dumpExpr(e.source)}, ${dumpExpr(e.each)})`;
    case 'AnonSymbol':
      return '@';
    case 'BinaryOp':
      return `(${dumpExpr(e.lhs)} ${e.op} ${dumpExpr(e.rhs)})`;
    case 'UnaryOp':
      return `(${e.op}${dumpExpr(e.val)})`;
    case 'Template':
      return `tmpl(${e.parts.map(dumpExpr).join(', ')})`;
    case 'TemplateJoin':
      return `join(${dumpExpr(e.tuple)})`;
    case 'TemplateWrap':
      return `wrap(${dumpExpr(e.wrapped)})`;
    case 'Parentheses':
      return `paren(${dumpExpr(e.expression)})`;
  }
}
