/** Visits every key/value pair of a libpg-query AST, depth first (arrays are walked through). */
import type { AstNode } from './parse';

export function walkAst(node: AstNode, visit: (key: string, value: AstNode) => void): void {
  if (Array.isArray(node)) {
    for (const n of node) walkAst(n, visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    visit(k, v);
    walkAst(v, visit);
  }
}
