/**
 * The entity of a call that hands out a TypeORM repository. TypeORM's own `getRepository(Lead)` (and
 * `getTreeRepository`, `getCustomRepository`) name it by their last argument, or by the type argument when the
 * target is a string (`ds.getRepository<Lead>('leads')`). Workspace-scoped managers of multi-tenant apps wrap it
 * under longer names keyed by an entity name (Twenty's `getRepositoryForWorkspace<PersonWorkspaceEntity>(workspaceId,
 * 'person', options)`): there the type argument alone says which entity, as the wrapper's `Repository<T>` return does.
 */
import { dottedName, field, kids, unwrap, type N } from './ast';
import { repositoryTarget } from './entities';

const TYPEORM_GETTERS = new Set(['getRepository', 'getTreeRepository', 'getCustomRepository']);
/** `getRepositoryForWorkspace`, `getWorkspaceRepository`, `getTenantRepository`; not Nest's `getRepositoryToken`. */
const WRAPPER_GETTER = /^get\w*Repository(?:For[A-Z]\w*)?$/;

/** The one plain type argument of a call (`<Lead>`), if it has exactly one. */
function typeArgument(call: N): N | undefined {
  const targs = kids(call).find((c) => c.type === 'type_arguments');
  const ta = targs ? kids(targs) : [];
  return ta.length === 1 && ta[0]!.type === 'type_identifier' ? ta[0] : undefined;
}

/** The node naming the entity of repository-getter call `call` (a class name or type), else undefined. */
export function repositoryCallTarget(call: N): N | undefined {
  const u = unwrap(call);
  if (u?.type !== 'call_expression') return undefined;
  const fn = dottedName(field(u, 'function'));
  const name = fn?.[fn.length - 1];
  if (!name || !WRAPPER_GETTER.test(name)) return undefined;
  const t = typeArgument(u);
  if (t) return t;
  if (!TYPEORM_GETTERS.has(name)) return undefined;
  const last = unwrap(repositoryTarget(kids(field(u, 'arguments') ?? u)));
  return last?.type === 'string' || last?.type === 'template_string' ? undefined : last;
}
