/**
 * Model classes a generic class is given by its type argument. A generic repository or service
 * (`class Repository<TEntity extends Model> { constructor(private model: ModelClass<TEntity>) {} }`)
 * is injected under a field typed with the model (`private leadRepo: Repository<Lead>`), and the
 * container builds it with that model class (HackPSU's `@InjectRepository(Lead)`, a provider
 * factory `new Repository(Lead)` nobody's code shows). A constructor parameter whose type is the
 * class of a type parameter (`ModelClass<T>`, `ModelStatic<T>`, `ModelCtor<T>`) therefore holds
 * the class the field's type argument names; any other parameter type says nothing.
 */
import { field, kids, text, type N } from './ast';
import type { ClassInfo } from './modinfo';

/** Types that name the class of their one type argument (Objection, Sequelize). */
const CLASS_OF = /^\s*(?:ModelClass|ModelStatic|ModelCtor)\s*<\s*([\w$]+)\s*>\s*$/;

/** The names of a class declaration's type parameters, in order (`<TEntity extends Entity = Entity>` → TEntity). */
function typeParameters(cls: N): string[] {
  const tps = field(cls, 'type_parameters') ?? cls.children.find((c) => c.type === 'type_parameters');
  return tps ? kids(tps).filter((t) => t.type === 'type_parameter').map((t) => text(field(t, 'name') ?? t)) : [];
}

/** The type arguments of the generic type a field or parameter is declared with (`Repository<Lead>` → the `Lead` node). */
export function declaredTypeArguments(decl: N | undefined): N[] {
  const ann = decl ? (field(decl, 'type') ?? decl.children.find((c) => c.type === 'type_annotation')) : undefined;
  let generic: N | undefined;
  const stack = ann ? [ann] : [];
  while (stack.length && !generic) {
    const n = stack.pop()!;
    if (n.type === 'generic_type') generic = n;
    else stack.push(...kids(n));
  }
  const args = generic ? (field(generic, 'type_arguments') ?? generic.children.find((c) => c.type === 'type_arguments')) : undefined;
  return args ? kids(args) : [];
}

/**
 * Members of generic class `cls` that hold the model class its type arguments name, used with
 * `typeArgs` (`Repository<Lead>`): constructor parameter properties and fields typed `ModelClass<T>`
 * → `Lead`. Empty when nothing is typed so.
 */
export function typeArgumentMembers(cls: ClassInfo, typeArgs: readonly N[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!typeArgs.length) return out;
  const params = typeParameters(cls.node);
  for (const [name, f] of cls.fields) {
    const m = f.type !== undefined ? CLASS_OF.exec(f.type) : null;
    const a = m ? typeArgs[params.indexOf(m[1]!)] : undefined;
    if (a && (a.type === 'type_identifier' || a.type === 'identifier')) out.set(name, text(a));
  }
  return out;
}

/**
 * The model class node a constructor parameter of generic class `cls` holds when the class is used
 * with `typeArgs` (`model: ModelClass<TEntity>` of `Repository<Lead>` → `Lead`, read as a value).
 */
export function typeArgumentModel(param: N, cls: N, typeArgs: readonly N[]): N | undefined {
  if (!typeArgs.length) return undefined;
  const t = field(param, 'type');
  const m = t ? CLASS_OF.exec(text(t).replace(/^\s*:/, '')) : null;
  const i = m ? typeParameters(cls).indexOf(m[1]!) : -1;
  const a = i >= 0 ? typeArgs[i] : undefined;
  if (a?.type !== 'type_identifier' && a?.type !== 'identifier') return undefined;
  // The type's name, read where a value is expected.
  return { type: 'identifier', start: a.start, end: a.end, field: null, children: [], parent: a.parent, src: a.src };
}
