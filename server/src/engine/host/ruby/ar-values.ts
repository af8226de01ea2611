/**
 * The vocabulary of the ActiveRecord evaluator (`ar.ts`, `ar-query.ts`, `ar-calls.ts`,
 * `ar-visit.ts`, `assoc.ts`): values and relations (`Val`, `Rel`), the evaluation context, and the
 * tables of query methods by what they do. Declarations and constants only, no evaluation, so
 * every evaluator module can share them without importing the evaluator itself.
 */
import type { Join, Pred, QueryRun } from '../../query/model';
import type { ModelIndex, ModelInfo } from './models';
import type { RNode } from './syntax';
import type { MethodDecl } from './file-entry';
import type { RubyIndex } from './workspace';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export type { Pred, Shape } from '../../query/model';

export interface Rel {
  readonly model: ModelInfo;
  /** Built on the implicit receiver of a class method whose callers decide it (see `writesOnly`): not judged there. */
  readonly callers?: boolean;
  /** The model constant: FROM maps here. */
  readonly range: Range;
  readonly preds: readonly Pred[];
  readonly joins: readonly Join[];
  /**
   * Associations named by `includes` (joined only when a condition references their table,
   * else preloaded by a second query) or `preload` (always a second query).
   */
  readonly includes: readonly { readonly name: string; readonly range: Range; readonly preload?: boolean }[];
  readonly references: readonly string[];
  readonly none: boolean;
  /** True until a query method was applied (`Lead` alone is a class, not a query). */
  readonly bare: boolean;
  /** Document offset where `.where(…)` can be inserted. */
  readonly fixAt: number;
  readonly select?: string;
  /** Ordered, limited or offset (`order`, `limit`, an association's `-> { order(…) }`). */
  readonly ordered?: boolean;
  /** Call depth (0 = the checked document) of the method that created the relation. */
  readonly level?: number;
  /** Where the relation was created and refined outside the checked unit (provenance). */
  readonly trail?: readonly Trail[];
}

/** A place in a method of the index that explains a relation. */
export interface Trail {
  readonly method: MethodDecl;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** One executed query (several alternatives when a variable was refined conditionally). */
export type QuerySite = QueryRun;

/**
 * A value: a relation (with alternatives), something unknown that may be a relation, something
 * that is certainly not one, or a plain Ruby class (`cls`) or instance (`obj`) whose methods the
 * index knows.
 */
export type Val =
  | { readonly k: 'rel'; readonly cands: readonly Rel[] }
  | { readonly k: 'unknown' }
  | { readonly k: 'other' }
  | { readonly k: 'cls'; readonly cls: string }
  /** An instance; `ivars`: what its `initialize` assigned, when it was built where we can see. */
  | { readonly k: 'obj'; readonly cls: string; readonly ivars?: ReadonlyMap<string, Val> }
  /** Arguments gathered by `*args`, `**opts` or `...`, passed on as they are (`new(*args)`). */
  | { readonly k: 'args'; readonly positional: readonly Val[]; readonly keywords: ReadonlyMap<string, Val> }
  /** A record of a model (`Campaign.find(id)`, `campaign` by name, `self` in a model method). */
  | { readonly k: 'rec'; readonly model: ModelInfo; readonly persisted?: boolean }
  /**
   * A hash written out with literal keys (`status: "new"` passed to `Finder.new(user, …)`, a
   * `params = {}` default): `params[:status]` reads it, a missing key is nil. `open`: merged with a
   * hash we cannot see (`defaults.merge(params)`), so a missing key is unknown.
   */
  | { readonly k: 'hash'; readonly entries: ReadonlyMap<string, Val>; readonly open?: boolean };

export const UNKNOWN: Val = { k: 'unknown' };
export const OTHER: Val = { k: 'other' };
/** `nil` (a parameter left at its `nil` default): `if since` is known not to be taken. */
export const NIL: Val = { k: 'other' };
/** A value that is certainly not nil or false (a literal, `Time.utc(…)`, `1.week.ago`): `if since` is taken. */
export const TRUTHY: Val = { k: 'other' };
/** `false` (a `keep_replied: false` keyword): `if keep_replied` is known not to be taken, but it is not nil. */
export const FALSE: Val = { k: 'other' };
/**
 * Rows loaded into an Array (`leads = relation.to_a`): a plain value whose `each { |lead| … }`
 * gives persisted records of this model (`lead.destroy!` deletes by the primary key).
 */
export const loadedRows = new WeakMap<Val, ModelInfo>();

/**
 * Runs made inside a followed body (a method or a scope/class-method body of another file) on a
 * relation of the checked unit: the statement they come from (`src`: the text `start`/`end` are in).
 */
export const runOrigins = new WeakMap<QueryRun, { readonly src: string; readonly start: number; readonly end: number }>();

export const MAX_CANDIDATES = 8;

export type Env = Map<string, Val>;

export interface EvalContext {
  readonly src: string;
  readonly index: ModelIndex;
  readonly nesting: readonly string[];
  /** Heredoc beginnings → bodies of the current file. */
  readonly heredocs: ReadonlyMap<RNode, RNode>;
  /** Where a body from another file is being evaluated: every mapping goes to this range. */
  readonly foreign?: Range;
  /** The whole call of the checked unit that `foreign` names (its arguments included). */
  readonly foreignCall?: Range;
  /** The relation a scope body applies to (its implicit receiver). */
  readonly implicit?: Rel;
  /**
   * A model's class method whose relation depends on its callers, evaluated for itself: runs of
   * relations built on its implicit receiver (`callers`) are not judged, the writes of the records
   * they load are (`destroy_all`'s per-record DELETE by id).
   */
  readonly writesOnly?: boolean;
  readonly consumed: Set<RNode>;
  readonly sites: QuerySite[];
  readonly depth: number;
  /** Names of tables that are partitioned: joins/subqueries are only worth synthesizing when relevant. */
  readonly tableFor: (expr: string) => string | undefined;
  /** The workspace index: plain classes and their methods. */
  readonly code?: RubyIndex;
  /** `self` inside a method of a plain class: the class (`cls`) or an instance (`obj`). */
  readonly self?: Val;
  /** Call depth: 0 in the checked document, +1 inside each followed method. */
  readonly level?: number;
  /** The followed method whose source `src` is. */
  readonly method?: MethodDecl;
  /** Values of `return` statements of the method being evaluated. */
  readonly returns?: Val[];
  /** Methods being followed (recursion guard). */
  readonly following?: ReadonlySet<string>;
  /** What the result depends on besides the unit's text (validated before a cached result is reused). */
  readonly deps?: Map<string, string>;
  /**
   * Singular associations already read in this method (`version.rubygem`, `self.lead`, keyed by
   * the receiver's text): ActiveRecord caches the loaded record, so a later read sends nothing.
   */
  readonly loaded?: Set<string>;
  /** Methods called on the checked unit's `self` that its class does not define (hooks of subclasses). */
  readonly hooks?: Set<string>;
  /** Name of the method being evaluated (the unit's or the followed one's). */
  readonly defName?: string;
  /** Inside `initialize` of an object being built: where its instance variables are recorded. */
  readonly ivarSink?: Map<string, Val>;
  /** ActiveRecord's current scope (`scoping { … }` around a scope's query object): its model's constant stands for it. */
  readonly scoping?: Rel;
  /**
   * Sites that only assume a relation runs (kept in an instance variable of a plain class, which
   * another method may run): dropped when the unit runs the same relation itself (see `dropAssumed`).
   */
  readonly assumed?: Set<QuerySite>;
  /**
   * In a followed method, the block its caller gave (`create_list { |leads| leads.order(…) }`),
   * evaluated where `yield` hands it values; `null` when the caller gave none. Absent where unknown.
   */
  readonly block?: { readonly node: RNode; readonly ctx: EvalContext; readonly env: Env } | null;
}

export type Role = 'statement' | 'value' | 'return' | 'assign' | 'consumed';

// ---------------------------------------------------------------------------------------------
// Method tables

/** Enumerable methods that need a block: without one on a model class (`Lead.sort_by`), they are its own class attributes (`cattr_accessor :sort_by`). */
export const BLOCKLESS_ENUMERABLES = /^(sort_by|map|collect|flat_map|group_by|index_by|partition|reject|filter_map|detect|each_with_index|each_with_object|each_slice)$/;

export const TERMINAL_SELECT = new Set([
  'to_a', 'to_ary', 'load', 'reload', 'records', 'each', 'map', 'collect', 'flat_map', 'each_with_index', 'each_with_object', 'each_slice',
  'find_each', 'find_in_batches', 'in_batches', 'first', 'first!', 'last', 'last!', 'take', 'take!', 'second', 'third', 'sole', 'forty_two',
  'second_to_last', 'third_to_last', 'destroy_all', 'each_batch', 'update', 'update!', 'touch_all', 'index_by', 'group_by', 'partition', 'reduce', 'inject',
  'sort_by', 'filter_map', 'to_h', 'detect', 'reject', 'includes?', 'include?', 'member?', 'as_json', 'to_json', 'find_or_create_by',
  'find_or_create_by!', 'find_or_initialize_by', 'first_or_create', 'first_or_create!', 'first_or_initialize', 'present?', 'blank?', 'load_async',
  // Array methods a relation delegates to its loaded records (ActiveRecord::Delegation).
  'reverse', 'rotate', 'shuffle', 'sample', 'in_groups_of', 'to_sentence',
]);
export const TERMINAL_COUNT = new Set(['count', 'size', 'length', 'sum', 'average', 'minimum', 'maximum', 'calculate', 'any?', 'many?', 'none?', 'empty?', 'one?', 'exists?',
  // Pagination gems' totals: a COUNT of the relation.
  'total_count', 'total_pages', 'total_entries',
  // Rails 7.1 `async_*`: the same query, run on a background thread.
  'async_count', 'async_sum', 'async_average', 'async_minimum', 'async_maximum']);
export const TERMINAL_PLUCK = new Set(['pluck', 'pick', 'ids', 'async_pluck', 'async_pick', 'async_ids']);
export const NO_OP = new Set([
  'order', 'reorder', 'reverse_order', 'limit', 'offset', 'distinct', 'uniq', 'group', 'regroup', 'having', 'lock', 'readonly',
  'strict_loading', 'annotate', 'optimizer_hints', 'create_with', 'in_order_of', 'extending', 'preload', 'all', 'default_scoped', 'scoping', 'unscope_order',
  'then', 'itself', 'includes_values',
  // Pagination gems (Kaminari `page(n).per(k)`, will_paginate `paginate(page:, per_page:)`): LIMIT/OFFSET only.
  'page', 'per', 'padding', 'without_count', 'paginate', 'per_page',
]);
export const NOT_QUERIES = new Set([
  'to_sql', 'explain', 'arel', 'klass', 'model', 'table_name', 'quoted_table_name', 'model_name', 'connection', 'transaction', 'new',
  'build', 'create', 'create!', 'insert', 'insert!', 'insert_all', 'insert_all!', 'upsert', 'upsert_all', 'human_attribute_name', 'columns',
  'column_names', 'primary_key', 'arel_table', 'reflect_on_association', 'name', 'to_s', 'inspect', 'class', 'instance_method',
  'respond_to?', 'is_a?', 'kind_of?', 'lock!', 'with_lock', 'sanitize_sql', 'sanitize_sql_array', 'sanitize_sql_like', 'find_by_sql',
  'count_by_sql', 'delete', 'destroy', 'increment_counter', 'decrement_counter', 'update_counters', 'attribute_names', 'cache',
  'uncached', 'none',
]);
