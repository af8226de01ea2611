/**
 * The shapes SQLAlchemy's translator passes between its files: the check's context, what an inlined
 * function's call binds (its environment), and a statement being built.
 */
import type { PyNode, PyTree } from './ast';
import type { Ctor } from './calls';
import type { Decide } from './branches';
import type { ResolvedModel } from './models';
import type { Join, Pred, QueryModel } from '../../query/model';
import type { PyCheckCtx, Site } from './synth';
import type { ClassInfo } from './summaries';
import type { Kwargs } from './kwargs';
import type { Varargs } from './sqlalchemy-varargs';
import type { SaTranslator } from './sqlalchemy';

export type SaCtx = PyCheckCtx;

export interface Env {
  readonly fn: PyNode;
  readonly args: ReadonlyMap<string, () => SaQuery | undefined>;
  readonly selfName?: string;
  readonly selfClass?: ClassInfo;
  /** Whether `selfClass` is the receiver's own class (not a base a subclass may override). */
  readonly exactSelf?: boolean;
  /** A query-builder object's statements held in attributes (`self.q`), as its methods left them. */
  readonly selfState?: ReadonlyMap<string, () => SaQuery | undefined>;
  readonly used: { v: boolean };
  /** What the arguments decide about the function's `if`s on its parameters. */
  readonly decide?: Decide;
  /** The keyword arguments the call passes into the function's `**kwargs`. */
  readonly kwargs?: Kwargs<SaTranslator>;
  /** Where the receiver was made (`CRUDLead(Lead)`): what `__init__` keeps from its arguments. */
  readonly selfCtor?: Ctor;
  /** What the call passes into the function's `*args` (`filter(*criterions)`), read by the caller's translator. */
  readonly varargs?: Varargs & { readonly caller: SaTranslator };
  /** The argument nodes the call passes, by parameter (read as literals: `filter_by(**{key: v})`). */
  readonly argNodes?: ReadonlyMap<string, { readonly tree: PyTree; readonly node: PyNode; readonly tr?: SaTranslator }>;
}

export interface SaQuery {
  readonly kind: 'select' | 'update' | 'delete' | 'query';
  readonly model: ResolvedModel;
  readonly modelNode: PyNode;
  /** The tree of `modelNode`. */
  readonly tree: PyTree;
  readonly anchor?: { readonly tree: PyTree; readonly node: PyNode };
  readonly steps: readonly Site[];
  /** Joined entities and their JOIN clauses. */
  readonly entities: readonly ResolvedModel[];
  /** `other = aliased(Lead)` joined: the variable name → the model and the alias SQLAlchemy gives it. */
  readonly aliases?: ReadonlyMap<string, { readonly model: ResolvedModel; readonly alias: string }>;
  readonly joins: readonly Join[];
  readonly where: readonly Pred[];
  /** Last `.where(`/`.filter(` call in the checked file (quick fix target). */
  readonly whereCall?: PyNode;
  /** End of the expression the `.where(...)` can be appended to. */
  readonly appendAt: number;
  readonly complete: boolean;
  /** Selects the mapped class itself (`select(Lead)`, `session.query(Lead)`): its eager loads run too. */
  readonly entitySelect?: boolean;
  /** Loader options: relationship attribute → how it loads (`joinedload(Lead.outputs)`), with the option's node. */
  readonly loads?: ReadonlyMap<string, { readonly how: string; readonly node: PyNode; readonly tree: PyTree }>;
  /** Has loader options (some may load a relationship we do not model, e.g. `contains_eager`). */
  readonly optioned?: boolean;
  /** Subqueries selected from (`select(sq.c.x)` with `sq = stmt.subquery()`), as CTEs. */
  readonly withs?: readonly { readonly name: string; readonly query: QueryModel }[];
  /** An EXISTS construct (`exists().where(…)`, `stmt.exists()`). */
  readonly exists?: boolean;
}
