/**
 * SQL written in Ruby: heredocs tagged SQL, strings passed to `execute`, `exec_query`,
 * `select_all`, `find_by_sql`, `sanitize_sql*`, …, and migration DDL (`create_table …,
 * options: "PARTITION BY …"`, `drop_table`, `rename_table`) synthesized as the SQL Rails runs.
 */
import { callOptions } from './declarations';
import { SqlText } from '../../query/sqltext';
import { isStringNode, plainString, stringSql } from './strings';
import { child, namedChildren, symbolOrStringValue, textOf, type RNode } from './syntax';
import { formatIdent } from '../../../db/quote';

export interface Fragment {
  readonly sql: SqlText;
  readonly ddl: boolean;
  /** Whether parse errors are worth reporting (text that certainly is meant as SQL). */
  readonly reportErrors: boolean;
}

/** Methods whose first argument is a complete SQL statement. */
const EXEC_METHODS = new Set([
  'execute', 'exec_query', 'exec_update', 'exec_delete', 'exec_insert', 'select_all', 'select_one', 'select_rows', 'select_value',
  'select_values', 'find_by_sql', 'count_by_sql', 'sanitize_sql', 'sanitize_sql_array', 'exec_params', 'async_exec', 'exec',
  'async_exec_params', 'exec_prepared', 'query', 'select',
]);

/** Methods whose string argument is a fragment (a condition, a join, an order), not a statement. */
const FRAGMENT_METHODS = new Set([
  'where', 'not', 'rewhere', 'having', 'joins', 'left_joins', 'order', 'reorder', 'group', 'from', 'pluck', 'pick', 'update_all', 'find_by',
  'find_by!', 'exists?', 'or', 'and', 'lock', 'sanitize_sql_for_conditions', 'sanitize_sql_for_order', 'sanitize_sql_for_assignment',
]);

const STATEMENT_START = /^\s*(?:(?:--[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*(select|with|insert|update|delete|merge|create|alter|drop|truncate|explain|values|table|copy|grant|revoke|comment|analyze|vacuum|refresh|lock|set|reset|begin|commit|rollback|do|call|declare|prepare|execute|\()\b/i;

const RAILS_TYPES: Record<string, string> = {
  string: 'character varying', text: 'text', integer: 'integer', bigint: 'bigint', float: 'double precision', decimal: 'numeric',
  numeric: 'numeric', datetime: 'timestamp(6) without time zone', timestamp: 'timestamp(6) without time zone', timestamptz: 'timestamp with time zone',
  time: 'time', date: 'date', binary: 'bytea', boolean: 'boolean', json: 'json', jsonb: 'jsonb', uuid: 'uuid', inet: 'inet', cidr: 'cidr',
  macaddr: 'macaddr', hstore: 'hstore', citext: 'text', interval: 'interval', money: 'money', serial: 'serial', bigserial: 'bigserial',
  virtual: 'text', tsvector: 'tsvector', xml: 'xml', daterange: 'daterange', tsrange: 'tsrange', tstzrange: 'tstzrange', int4range: 'int4range',
  int8range: 'int8range', numrange: 'numrange', point: 'point', line: 'line', ltree: 'ltree', enum: 'text',
};

// Column and table names in the synthesized DDL, quoted as PostgreSQL needs (keywords too).
const ident = formatIdent;

function qualified(s: string): string {
  return s.split('.').map(ident).join('.');
}

/** Calls that turn `[sql, binds…]` (or the SQL itself) into a string: the SQL is their first element. */
const SANITIZE = /^(sanitize_sql|sanitize_sql_array|sanitize_sql_for_conditions)$/;
const WHITESPACE = /^(squish|strip|chomp|freeze|dup|strip_heredoc|dedent|lstrip|rstrip)$/;
/** Calls that change a string in place: a local changed by one is not read. */
const MUTATES = /^(<<|concat|prepend|insert|replace|[a-z_]+!)$/;

export interface EmbeddedOptions {
  readonly fileName?: string;
  readonly heredocs: ReadonlyMap<RNode, RNode>;
  readonly tableFor?: (expr: string) => string | undefined;
  /** The text is inside a migration class / a `down` method (when only a part of a file is scanned). */
  readonly migration?: boolean;
  readonly down?: boolean;
  /**
   * SQL heredocs assigned to constants of the file that a call in the file runs
   * (`DAILY = <<~SQL … SQL` and `find_by_sql([DAILY, id])`): judged where they run, not where written.
   */
  readonly sqlConstants?: ReadonlyMap<string, string>;
  /** The SQL a qualified constant of another file holds (`LeadSql::LAST_AT = "SELECT …"`), from the folder index. */
  readonly constantSql?: (owner: string, name: string) => string | undefined;
}

/**
 * `LeadSql::LAST_AT` as what a run call is given: directly, as the first element of an array, or
 * inside `sanitize_sql([LeadSql::LAST_AT, id])`. The qualified constant node, or undefined.
 */
function qualifiedConstant(src: string, n: RNode | undefined): RNode | undefined {
  if (n?.type === 'call') {
    const m = child(n, 'method');
    const args = child(n, 'arguments');
    if (!m || !/^sanitize_sql(_array)?$/.test(textOf(src, m)) || !args) return undefined;
    n = namedChildren(args)[0];
  }
  if (n?.type === 'array') n = namedChildren(n)[0];
  return n?.type === 'scope_resolution' ? n : undefined;
}

const RUN_CONSTANT = new RegExp(`\\b(${[...EXEC_METHODS].filter((m) => !/^(select|query|exec)$/.test(m)).join('|')})\\s*\\(?\\s*\\[?\\s*([A-Z][A-Z0-9_]*)\\b`, 'g');
const CONSTANT_HEREDOC = /^[ \t]*([A-Z][A-Z0-9_]*)[ \t]*=[ \t]*<<([~-]?)(['"]?)(\w*SQL\w*)\3(?:\.(?:squish|strip|freeze|chomp|strip_heredoc|dedent))*[ \t]*(?:#[^\n]*)?\n/gm;

/**
 * Constants of a file holding an SQL heredoc that a call of the file runs (first argument, or
 * first element of an array argument), with their SQL. Heredocs with interpolation are left out.
 */
export function runSqlConstants(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text.includes('SQL')) return out;
  const run = new Set<string>();
  for (const m of text.matchAll(RUN_CONSTANT)) run.add(m[2]!);
  if (!run.size) return out;
  for (const m of text.matchAll(CONSTANT_HEREDOC)) {
    if (!run.has(m[1]!)) continue;
    const from = m.index + m[0].length;
    const end = new RegExp(`^[ \\t]*${m[4]!}[ \\t]*$`, 'm').exec(text.slice(from));
    if (!end) continue;
    const body = text.slice(from, from + end.index);
    if (m[3] !== "'" && body.includes('#{')) continue;
    out.set(m[1]!, body);
  }
  return out;
}

/** Pairs each heredoc beginning with its body (bodies follow in the same order). */
export function pairHeredocs(root: RNode): Map<RNode, RNode> {
  const begins: RNode[] = [];
  const bodies: RNode[] = [];
  const walk = (n: RNode): void => {
    for (const c of n.children) {
      if (c.type === 'heredoc_beginning') begins.push(c);
      else if (c.type === 'heredoc_body') bodies.push(c);
      if (c.children.length) walk(c);
    }
  };
  walk(root);
  begins.sort((a, b) => a.start - b.start);
  bodies.sort((a, b) => a.start - b.start);
  const out = new Map<RNode, RNode>();
  let j = 0;
  for (const b of begins) {
    while (j < bodies.length && bodies[j]!.start < b.end) j++;
    const body = bodies[j];
    if (!body) break;
    out.set(b, body);
    j++;
  }
  return out;
}

function heredocTag(src: string, begin: RNode): string {
  return textOf(src, begin).replace(/^<<[~-]?/, '').replace(/^['"`]|['"`]$/g, '');
}

function isMigrationFile(fileName: string | undefined): boolean {
  return !!fileName && (/(^|[\\/])db[\\/](migrate|[^\\/]*migrate[^\\/]*)[\\/][^\\/]+\.rb$/.test(fileName) || /(^|[\\/])db[\\/]schema\.rb$/.test(fileName));
}

/** `X.send(:sanitize_sql_array, [...])` → `[...]`; `sanitize_sql_array([...])` → `[...]`. */
function sanitizedArg(src: string, n: RNode): RNode | undefined {
  if (n.type !== 'call') return undefined;
  const m = child(n, 'method');
  const name = m ? textOf(src, m) : '';
  const args = child(n, 'arguments');
  const argv = args ? namedChildren(args) : [];
  if (SANITIZE.test(name)) return argv[0];
  if ((name === 'send' || name === 'public_send' || name === '__send__') && SANITIZE.test(symbolOrStringValue(src, argv[0]) ?? '')) return argv[1];
  return undefined;
}

/** The local a run call's argument names as its SQL (`sql`, `[sql, id]`, `sanitize_sql_array([sql, id])`). */
function runLocal(src: string, n: RNode | undefined): RNode | undefined {
  if (!n) return undefined;
  if (n.type === 'identifier') return n;
  if (n.type === 'array') return runLocal(src, namedChildren(n)[0]);
  if (n.type === 'call') {
    const m = child(n, 'method');
    if (m && WHITESPACE.test(textOf(src, m))) return runLocal(src, child(n, 'receiver'));
    return runLocal(src, sanitizedArg(src, n));
  }
  return undefined;
}

interface LocalSql {
  /** SQL per local-name reference passed to a run call, judged there. */
  readonly runAt: Map<RNode, string>;
  /** Nodes where that SQL is written (strings, heredocs, sanitize calls): not judged there. */
  readonly deferred: Set<RNode>;
}

/**
 * Locals assigned once from SQL text (a string, a heredoc, `sanitize_sql_array([sql, …])`) and
 * run by a call of the same method (`select_all(sql)`): the SQL is judged where it runs. A local
 * assigned twice or changed in place (`sql << …`, `sql += …`) is left as it was (judged where written).
 */
function localSql(src: string, root: RNode, opts: EmbeddedOptions, strOpts: { tableFor?: (expr: string) => string | undefined }): LocalSql {
  const runAt = new Map<RNode, string>();
  const deferred = new Set<RNode>();
  const scan = (scope: RNode): void => {
    const assigns = new Map<string, RNode[]>();
    const spoiled = new Set<string>();
    const runs = new Map<string, RNode[]>();
    const visit = (n: RNode): void => {
      for (const c of n.children) {
        if (c.type === 'method' || c.type === 'singleton_method' || c.type === 'class' || c.type === 'module') {
          scan(c);
          continue;
        }
        if (c.type === 'assignment' && child(c, 'left')?.type === 'identifier') {
          const name = textOf(src, child(c, 'left')!);
          assigns.set(name, [...(assigns.get(name) ?? []), c]);
        } else if (c.type === 'operator_assignment' && child(c, 'left')?.type === 'identifier') {
          spoiled.add(textOf(src, child(c, 'left')!));
        } else if (c.type === 'binary' && child(c, 'left')?.type === 'identifier' && c.children.some((x) => x.type === '<<')) {
          spoiled.add(textOf(src, child(c, 'left')!));
        } else if (c.type === 'call') {
          const m = child(c, 'method');
          const name = m ? textOf(src, m) : '';
          const recv = child(c, 'receiver');
          if (recv?.type === 'identifier' && MUTATES.test(name)) spoiled.add(textOf(src, recv));
          if (EXEC_METHODS.has(name) && !SANITIZE.test(name)) {
            const args = child(c, 'arguments');
            const local = runLocal(src, args ? namedChildren(args)[0] : undefined);
            if (local) runs.set(textOf(src, local), [...(runs.get(textOf(src, local)) ?? []), local]);
          }
        }
        if (c.children.length) visit(c);
      }
    };
    visit(scope);
    for (const [name, refs] of runs) {
      const as = assigns.get(name);
      if (as?.length !== 1 || spoiled.has(name)) continue;
      const written = sqlSource(src, child(as[0]!, 'right'), opts, strOpts);
      if (!written || !STATEMENT_START.test(written.sql)) continue;
      for (const n of written.nodes) deferred.add(n);
      for (const r of refs) if (r.start > as[0]!.end) runAt.set(r, written.sql);
    }
  };
  scan(root);
  return { runAt, deferred };
}

/** The SQL text a local is assigned, with the nodes that write it. */
function sqlSource(src: string, n: RNode | undefined, opts: EmbeddedOptions, strOpts: { tableFor?: (expr: string) => string | undefined }): { sql: string; nodes: RNode[] } | undefined {
  if (!n) return undefined;
  if (n.type === 'heredoc_beginning') {
    const body = opts.heredocs.get(n);
    const sql = body ? stringSql(src, body, strOpts) : undefined;
    return sql && body ? { sql: sql.toString(), nodes: [n, body] } : undefined;
  }
  if (isStringNode(n)) {
    const sql = stringSql(src, n, strOpts);
    return sql ? { sql: sql.toString(), nodes: [n] } : undefined;
  }
  if (n.type === 'array') return sqlSource(src, namedChildren(n)[0], opts, strOpts);
  if (n.type === 'call') {
    const m = child(n, 'method');
    if (m && WHITESPACE.test(textOf(src, m))) {
      const inner = sqlSource(src, child(n, 'receiver'), opts, strOpts);
      return inner ? { sql: inner.sql, nodes: [n, ...inner.nodes] } : undefined;
    }
    const arg = sanitizedArg(src, n);
    const inner = arg ? sqlSource(src, arg, opts, strOpts) : undefined;
    return inner ? { sql: inner.sql, nodes: [n, ...inner.nodes] } : undefined;
  }
  return undefined;
}

/** Every SQL fragment of a file, in document order. */
export function embeddedSql(src: string, root: RNode, opts: EmbeddedOptions): Fragment[] {
  const out: Fragment[] = [];
  const handled = new Set<RNode>();
  const migrationFile = isMigrationFile(opts.fileName);
  const strOpts = { ...(opts.tableFor ? { tableFor: opts.tableFor } : {}) };
  const locals = localSql(src, root, opts, strOpts);
  for (const n of locals.deferred) handled.add(n);

  const textNode = (n: RNode | undefined): RNode | undefined => {
    if (!n) return undefined;
    if (n.type === 'heredoc_beginning') {
      handled.add(n);
      return opts.heredocs.get(n);
    }
    if (isStringNode(n)) return n;
    if (n.type === 'array') return textNode(namedChildren(n)[0]);
    // `<<~SQL.squish`, `"…".strip`: whitespace helpers keep the SQL (offsets then only
    // approximate whitespace, which SQL ignores).
    if (n.type === 'call') {
      const m = child(n, 'method');
      if (m && /^(squish|strip|chomp|freeze|dup|strip_heredoc|dedent|lstrip|rstrip)$/.test(textOf(src, m))) return textNode(child(n, 'receiver'));
    }
    return undefined;
  };

  const walk = (n: RNode, migration: boolean, down: boolean): void => {
    for (const c of n.children) {
      let mig = migration;
      let dn = down;
      if (c.type === 'class') {
        const sup = child(c, 'superclass');
        if (sup && /ActiveRecord::(Migration|Schema)\b/.test(textOf(src, sup))) mig = true;
      } else if (c.type === 'method') {
        const name = child(c, 'name');
        if (name && textOf(src, name) === 'down') dn = true;
      } else if (c.type === 'call') {
        const m = child(c, 'method');
        const name = m ? textOf(src, m) : '';
        const recv = child(c, 'receiver');
        if (name === 'define' && recv && /ActiveRecord::Schema/.test(textOf(src, recv))) mig = true;
        if ((name === 'down' || name === 'revert') && child(c, 'block')) dn = true;
        const args = child(c, 'arguments');
        const argv = args ? namedChildren(args) : [];
        const constant = argv[0]?.type === 'constant' ? argv[0] : argv[0]?.type === 'array' && namedChildren(argv[0])[0]?.type === 'constant' ? namedChildren(argv[0])[0] : undefined;
        const qualified = EXEC_METHODS.has(name) && !name.startsWith('sanitize_') && !constant ? qualifiedConstant(src, argv[0]) : undefined;
        const qualifiedText = qualified ? textOf(src, qualified) : '';
        const cut = qualifiedText.lastIndexOf('::');
        const constSql = constant
          ? opts.sqlConstants?.get(textOf(src, constant))
          : qualified && cut > 0 && /^[A-Z][A-Z0-9_]*$/.test(qualifiedText.slice(cut + 2))
            ? opts.constantSql?.(qualifiedText.slice(0, cut).replace(/^::/, ''), qualifiedText.slice(cut + 2))
            : undefined;
        const constNode = constant ?? qualified;
        const local = EXEC_METHODS.has(name) ? runLocal(src, argv[0]) : undefined;
        const localRun = local && !handled.has(local) ? locals.runAt.get(local) : undefined;
        if (local && localRun !== undefined) {
          // A local's SQL, judged where it runs (every position maps to the local's name).
          handled.add(local);
          out.push({ sql: new SqlText({ start: local.start, end: local.end }).synth(localRun), ddl: false, reportErrors: false });
        } else if (locals.deferred.has(c)) {
          // `sql = sanitize_sql_array([…])`: judged where `sql` runs.
        } else if (EXEC_METHODS.has(name) && constNode && constSql !== undefined && STATEMENT_START.test(constSql)) {
          // The constant's SQL, judged here (every position maps to the constant's name).
          out.push({ sql: new SqlText({ start: constNode.start, end: constNode.end }).synth(constSql), ddl: false, reportErrors: false });
        } else if (EXEC_METHODS.has(name)) {
          const tn = textNode(argv[0]);
          if (tn) {
            const sql = stringSql(src, tn, strOpts);
            // `select`/`query`/`exec` are common names: only SQL-looking text counts there.
            const strict = name === 'select' || name === 'query' || name === 'exec';
            if (sql && (!strict || STATEMENT_START.test(sql.toString()))) {
              handled.add(tn);
              out.push({ sql, ddl: mig && !dn, reportErrors: STATEMENT_START.test(sql.toString()) });
            }
          }
        } else if (FRAGMENT_METHODS.has(name)) {
          for (const a of argv) if (a.type === 'heredoc_beginning') handled.add(a);
        } else if (mig && !recv && (name === 'create_table' || name === 'drop_table' || name === 'rename_table')) {
          const frag = migrationDdl(src, c, name, argv);
          if (frag) out.push({ sql: frag, ddl: !dn, reportErrors: false });
        }
      } else if (c.type === 'assignment' && child(c, 'left')?.type === 'constant' && opts.sqlConstants?.has(textOf(src, child(c, 'left')!))) {
        // Judged where a call runs it (see `sqlConstants`).
        const tn = textNode(child(c, 'right'));
        if (tn) handled.add(tn);
      } else if (c.type === 'heredoc_beginning' && !handled.has(c) && /SQL/i.test(heredocTag(src, c))) {
        const body = opts.heredocs.get(c);
        if (body && !handled.has(body)) {
          const sql = stringSql(src, body, strOpts);
          if (sql && STATEMENT_START.test(sql.toString())) {
            handled.add(body);
            out.push({ sql, ddl: migration && !down, reportErrors: true });
          }
        }
      }
      if (c.children.length) walk(c, mig, dn);
    }
  };
  walk(root, migrationFile || opts.migration === true, opts.down === true);
  return out;
}

/** `create_table :leads, options: "PARTITION BY RANGE (created_at)" do |t| … end` → CREATE TABLE. */
function migrationDdl(src: string, call: RNode, name: string, argv: RNode[]): SqlText | undefined {
  const first = argv[0];
  const table = symbolOrStringValue(src, first) ?? plainString(src, first);
  if (!first || table === undefined) return undefined;
  const at = { start: first.start, end: first.end };
  const out = new SqlText(at);
  if (name === 'drop_table') {
    const opts = callOptions(src, child(call, 'arguments'));
    out.synth(`DROP TABLE ${opts.has('if_exists') ? 'IF EXISTS ' : ''}${qualified(table)}`);
    return out;
  }
  if (name === 'rename_table') {
    const to = symbolOrStringValue(src, argv[1]) ?? plainString(src, argv[1]);
    if (to === undefined) return undefined;
    out.synth(`ALTER TABLE ${qualified(table)} RENAME TO ${ident(to.split('.').pop()!)}`);
    return out;
  }
  const opts = callOptions(src, child(call, 'arguments'));
  const options = opts.get('options');
  if (!options || !isStringNode(options)) return undefined;
  const optSql = stringSql(src, options);
  if (!optSql || !/partition\s+(by|of)\b/i.test(optSql.toString())) return undefined;
  const cols: string[] = [];
  const idOpt = opts.get('id');
  if (!idOpt || idOpt.type !== 'false') {
    const pk = opts.get('primary_key');
    const pkName = pk ? symbolOrStringValue(src, pk) : 'id';
    if (pkName) cols.push(`${ident(pkName)} bigint`);
  }
  const block = child(call, 'block');
  if (block) {
    const body = block.children.find((c) => c.type === 'block_body' || c.type === 'body_statement');
    for (const s of body ? namedChildren(body) : []) {
      if (s.type !== 'call') continue;
      const m = child(s, 'method');
      const mname = m ? textOf(src, m) : '';
      const a = child(s, 'arguments');
      const av = a ? namedChildren(a) : [];
      if (mname === 'timestamps') {
        cols.push('created_at timestamp(6) without time zone NOT NULL', 'updated_at timestamp(6) without time zone NOT NULL');
        continue;
      }
      const colName = symbolOrStringValue(src, av[0]);
      if (colName === undefined) continue;
      if (mname === 'references' || mname === 'belongs_to') {
        cols.push(`${ident(`${colName}_id`)} bigint`);
        continue;
      }
      const type = mname === 'column' ? symbolOrStringValue(src, av[1]) : mname;
      if (type === undefined) continue;
      cols.push(`${ident(colName)} ${RAILS_TYPES[type] ?? 'text'}`);
    }
  }
  out.synth(`CREATE TABLE ${qualified(table)} (${cols.join(', ')}) `).append(optSql);
  return out;
}
