/**
 * Clients made by an application's own factory function (Unkey's `createConnection(url)` in a
 * shared db package, `makeDb(config)`, `getKnex()`): `export const db = createConnection(url)`
 * holds the client the function returns, `drizzle(pool, { schema })` written directly or kept in a
 * `const` of its body first, exactly as if the module had called the client's own constructor.
 * The type `ReturnType<typeof createConnection>` names that client too.
 */
import { field, kids, text, unwrap, type N } from './ast';
import { paramNames, returnedExpr } from './inline';
import type { ClientKind, TsIndex } from './workspace';

// As deep as the index follows names (re-exports through an app's own db module count too).
const MAX_DEPTH = 8;

/** The client every call of the visible function `fn` (declared in `file`) returns, or undefined. */
export function factoryClient(index: TsIndex, file: string, fn: N, depth: number): ClientKind | undefined {
  if (depth > MAX_DEPTH) return undefined;
  // A generator yields, it does not return the client.
  if (fn.type === 'generator_function_declaration' || fn.type === 'generator_function') return undefined;
  const e = returnedExpr(fn);
  return e ? returnedClient(index, file, fn, e, depth + 1) : undefined;
}

/** The client an expression returned by `fn` holds: a call made there, or a `const` of its body holding one. */
function returnedClient(index: TsIndex, file: string, fn: N, v: N, depth: number): ClientKind | undefined {
  const u = unwrap(v);
  if (!u || depth > MAX_DEPTH + 4) return undefined;
  if (u.type === 'identifier') {
    const name = text(u);
    // A parameter is whatever the caller passes: not known here.
    if (paramNames(fn).includes(name)) return undefined;
    const init = bodyConst(fn, name);
    if (init) return returnedClient(index, file, fn, init, depth + 1);
    // A `let` or `var` of the body (a memo filled on some paths) is not followed.
    if (bodyDeclares(fn, name)) return undefined;
  }
  return index.valueClient(file, u, undefined, depth);
}

/** The value of `const name = …` among the top-level statements of `fn`'s body. */
function bodyConst(fn: N, name: string): N | undefined {
  for (const d of bodyDeclarators(fn)) {
    const n = field(d, 'name');
    if (n?.type === 'identifier' && text(n) === name && /^const\b/.test(text(d.parent ?? d))) return field(d, 'value');
  }
  return undefined;
}

function bodyDeclares(fn: N, name: string): boolean {
  return bodyDeclarators(fn).some((d) => text(field(d, 'name') ?? d) === name);
}

function bodyDeclarators(fn: N): N[] {
  const body = field(fn, 'body');
  const out: N[] = [];
  for (const st of body?.type === 'statement_block' ? kids(body) : []) {
    if (st.type !== 'lexical_declaration' && st.type !== 'variable_declaration') continue;
    for (const d of kids(st)) if (d.type === 'variable_declarator') out.push(d);
  }
  return out;
}
