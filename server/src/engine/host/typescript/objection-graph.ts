/**
 * Objection eager fetches refined by the query (`withGraphFetched('outputs').modifyGraph('outputs',
 * (qb) => qb.where('kind', 'email'))`, `withGraphFetched('outputs(recent)')`): the conditions the
 * second statement on the relation's table gets. A refinement we cannot read leaves that statement
 * unjudged (precision first); the main query is judged either way.
 */
import { field, stringContentRange, stringValue, unwrap, type Link, type N } from './ast';
import { knexChainConds, renderConds } from './builders';
import { refinementCallback } from './inline';
import { bodyStatements, flowPaths } from './locals';
import { Dynamic, attempt, type Params } from './sqlgen';

export interface GraphRelation {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** Named modifiers applied to it in the expression (`outputs(recent)`). */
  readonly mods: readonly string[];
}

/** The first-level relations of a relation expression: `'outputs'`, `'[outputs(recent), campaign.user]'`. */
export function graphRelations(node: N | undefined): GraphRelation[] | undefined {
  const s = stringValue(node);
  if (s === undefined || !node || /[^\w$.,()[\]\s]/.test(s)) return undefined;
  const base = stringContentRange(node).start;
  const out: GraphRelation[] = [];
  // Top-level items only: nested paths (`a.b`, `a.[b, c]`) add statements on other relations, by their first step here.
  let depth = 0;
  for (let i = 0; i < s.length; ) {
    const ch = s[i]!;
    if (ch === '[' || ch === ']' || ch === ',' || /\s/.test(ch)) {
      if (ch === '[') depth++;
      if (ch === ']') depth--;
      i++;
      continue;
    }
    const m = /^([A-Za-z_$][\w$]*)(\(([^)]*)\))?/.exec(s.slice(i));
    if (!m) return undefined;
    if (depth <= 1) out.push({ name: m[1]!, start: base + i, end: base + i + m[1]!.length, mods: m[3] ? m[3].split(',').map((x) => x.trim()).filter(Boolean) : [] });
    i += m[0].length;
    // Skip the rest of a nested path (`.lead`, `.[a, b]`).
    if (s[i] === '.') {
      let d = 0;
      while (i < s.length && (d > 0 || (s[i] !== ',' && s[i] !== ']'))) {
        if (s[i] === '[') d++;
        if (s[i] === ']') d--;
        i++;
      }
    }
  }
  return out;
}

/** The conditions a refinement callback adds to the builder it is given (one path only), as SQL; undefined when not visible. */
function callbackConds(arg: N | undefined, params: Params): string | null | undefined {
  return attempt(() => {
    const { fn, param } = refinementCallback(arg, []);
    const body = field(fn, 'body');
    const paths = body ? flowPaths(bodyStatements(body), [{ links: [], steps: [] }], { name: param, mutable: true, helper: () => undefined }) : undefined;
    if (paths?.length !== 1 || paths[0]!.base) throw new Dynamic('graph refinement with paths');
    return renderConds(knexChainConds(paths[0]!.links, params, 'modify')) ?? null;
  }) as string | null | undefined;
}

/**
 * The conditions of the eager statement on relation `rel`: its `modifyGraph(rel, fn)` calls and its
 * named modifiers, when every one is visible (`.modifiers({ recent: fn })` in the chain). Undefined: not visible.
 */
export function graphConds(links: readonly Link[], rel: GraphRelation, params: Params, modelModifier?: (name: string) => readonly Link[] | undefined): string | null | undefined {
  const parts: string[] = [];
  const add = (c: string | null | undefined): boolean => {
    if (c === undefined) return false;
    if (c !== null) parts.push(`(${c})`);
    return true;
  };
  for (let i = 0; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call' || l.name !== 'modifyGraph') continue;
    const target = stringValue(c.args[0]);
    if (target === undefined) return undefined;
    if (target !== rel.name) {
      if (target.split('.')[0] === rel.name) return undefined;
      continue;
    }
    if (!add(callbackConds(c.args[1], params))) return undefined;
  }
  for (const mod of rel.mods) {
    const fn = chainModifier(links, mod);
    // Else a modifier the related model declares (`static modifiers`), as the calls it makes.
    const declared = fn ? undefined : modelModifier?.(mod);
    if (declared) {
      const c = attempt(() => renderConds(knexChainConds(declared, params, 'modify')));
      if (c === undefined || !add(c)) return undefined;
      continue;
    }
    if (!fn || !add(callbackConds(fn, params))) return undefined;
  }
  return parts.length ? parts.join(' and ') : null;
}

/** A modifier given in the chain (`.modifiers({ recent: (qb) => … })`). */
function chainModifier(links: readonly Link[], name: string): N | undefined {
  for (let i = 0; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call' || l.name !== 'modifiers') continue;
    const obj = unwrap(c.args[0]);
    if (obj?.type !== 'object') return undefined;
    for (const p of obj.children) {
      if (p.type !== 'pair') continue;
      const k = field(p, 'key');
      if (k && (stringValue(k) ?? k.src.slice(k.start, k.end)) === name) return field(p, 'value');
      if (p.type === 'pair') continue;
    }
  }
  return undefined;
}
