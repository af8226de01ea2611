/**
 * References and scopes: the FROM items of one query level (partitioned-table references,
 * subqueries, everything else), the scopes that nest them, CTE environments, and resolving a
 * column reference to the item it reads.
 */
import type { CatalogView, PartitionedTable } from '../catalog/model';
import type { AstNode, ParsedStatement } from '../sql/parse';
import { nodeOf, strings, walkExpr } from './expr';

export interface RefItem {
  readonly kind: 'ref';
  readonly id: number;
  readonly names: readonly string[];
  readonly rv: AstNode;
  readonly table: PartitionedTable;
  readonly keyCols: ReadonlySet<string>;
}
export interface SubItem {
  readonly kind: 'sub';
  readonly id: number;
  readonly names: readonly string[];
  readonly sel: AstNode;
  readonly colAliases: readonly string[] | undefined;
  readonly outputs: readonly string[];
  readonly lateral: boolean;
}
export interface OtherItem {
  readonly kind: 'other';
  readonly id: number;
  readonly names: readonly string[];
}
export type Item = RefItem | SubItem | OtherItem;

export interface Scope {
  readonly parent: Scope | undefined;
  readonly items: readonly Item[];
  /**
   * Constants known for this level's columns through its WHERE equivalence classes. Set only
   * for the scope seen by EXISTS / IN subqueries that PostgreSQL pulls up into semi-joins,
   * whose conditions then join the outer equivalence classes.
   */
  readonly consts?: ReadonlyMap<string, AstNode>;
}

export interface CteDef {
  readonly name: string;
  readonly body: AstNode;
  readonly inline: boolean;
  readonly colAliases: readonly string[] | undefined;
}
export interface CteEnv {
  readonly parent: CteEnv | undefined;
  readonly map: Map<string, CteDef>;
}

/**
 * Whether a bare name is the reference's own name, which PostgreSQL reads as its whole row when
 * no column has that name (`WHERE t = '(1,2)'::t`); a whole-row key expression prints as `t.*`.
 */
export function wholeRowName(cref: AstNode, ref: RefItem): boolean {
  const f = strings(cref.fields);
  return f.length === 1 && ref.names.includes(f[0]!);
}

/** What a column reference resolves to. */
export type ColRes =
  | { kind: 'item'; item: Item; col: string; outer: boolean }
  | { kind: 'unknown'; key: string; outer: boolean };

/** Resolves column references against the scopes of one statement. */
export class Scopes {
  protected nextId = 0;

  constructor(
    protected readonly stmt: ParsedStatement,
    protected readonly catalog: CatalogView,
  ) {}

  // ---- column resolution ------------------------------------------------------------------

  protected resolve(ref: AstNode, scope: Scope): ColRes {
    const f = strings(ref.fields);
    const col = f[f.length - 1] ?? '';
    if (f.length >= 2) {
      const qual = f.length >= 3 ? `${f[f.length - 3]}.${f[f.length - 2]}` : f[f.length - 2]!;
      let outer = false;
      for (let s: Scope | undefined = scope; s; s = s.parent) {
        const it = s.items.find((i) => i.names.includes(qual));
        if (it) return { kind: 'item', item: it, col, outer };
        outer = true;
      }
      return { kind: 'unknown', key: `${qual}.${col}`, outer: false };
    }
    let outer = false;
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const refs = s.items.filter((i): i is RefItem => i.kind === 'ref' && i.keyCols.has(col));
      if (refs.length === 1) return { kind: 'item', item: refs[0]!, col, outer };
      if (refs.length > 1) return { kind: 'unknown', key: `?.${col}`, outer };
      const subs = s.items.filter((i): i is SubItem => i.kind === 'sub' && (i.colAliases ?? i.outputs).some((o) => o === col || o === '*'));
      if (subs.length === 1) return { kind: 'item', item: subs[0]!, col, outer };
      if (s.items.length === 1 && s.items[0]!.kind === 'ref') return { kind: 'item', item: s.items[0]!, col, outer };
      if (s.items.length > 0) return { kind: 'unknown', key: `?${s.items.map((i) => i.id).join(',')}.${col}`, outer };
      outer = true;
    }
    return { kind: 'unknown', key: `?.${col}`, outer: false };
  }

  protected colKey(ref: AstNode, scope: Scope): string {
    const r = this.resolve(ref, scope);
    return r.kind === 'item' ? `#${r.item.id}.${r.col}` : r.key;
  }

  protected strictOn(c: AstNode, items: readonly Item[], scope: Scope): boolean {
    const [t, b] = nodeOf(c);
    const strict =
      (t === 'A_Expr' && !['AEXPR_DISTINCT', 'AEXPR_NOT_DISTINCT'].includes(b.kind)) || (t === 'NullTest' && b.nulltesttype === 'IS_NOT_NULL');
    if (!strict) return false;
    let hit = false;
    walkExpr(c, (ref) => {
      const r = this.resolve(ref, scope);
      if (r.kind === 'item' && items.includes(r.item)) hit = true;
    });
    return hit;
  }
}
