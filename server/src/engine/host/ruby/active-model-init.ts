/**
 * `include ActiveModel::Model` (or `ActiveModel::API`) gives a class `initialize(attributes = {})`
 * that calls each given attribute's writer: `Filter.new(params.merge(creator: Current.user))` sets
 * `@creator` through `attr_accessor :creator`. Kept as the source it stands for (one assignment
 * per own attribute writer, read from the hash), so an object built where we see it holds the
 * caller's values like one with a written-out `initialize`.
 */
import type { CodeClassDecl, MethodDecl } from './file-entry';

const ACTIVE_MODEL = /^(?:::)?ActiveModel::(?:Model|API)$/;

/** The `initialize` ActiveModel gives `cls`, from its own methods so far; undefined when it has its own or none applies. */
export function activeModelInitialize(cls: CodeClassDecl, methods: readonly MethodDecl[]): MethodDecl | undefined {
  if (cls.module || !cls.includes.some((i) => ACTIVE_MODEL.test(i))) return undefined;
  const own = methods.filter((m) => m.owner === cls.name && !m.singleton && m.file === cls.file);
  if (own.some((m) => m.name === 'initialize')) return undefined;
  // Writers declared by `attr_writer`/`attr_accessor` (their source is the one-line assignment).
  const attrs = own.flatMap((m) => {
    const w = /^def ([a-z_]\w*)=\(value\)\n {2}@\1 = value\nend$/.exec(m.text);
    return w && m.visibility === 'public' ? [w[1]!] : [];
  });
  if (!attrs.length) return undefined;
  const first = own.find((m) => m.name === `${attrs[0]}=`)!;
  const sets = attrs.map((a) => `  @${a} = attributes[:${a}]`).join('\n');
  return { ...first, name: 'initialize', visibility: 'public', params: [{ name: 'attributes', kind: 'opt' }], text: `def initialize(attributes = {})\n${sets}\nend` };
}
