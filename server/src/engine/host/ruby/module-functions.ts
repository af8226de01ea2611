/**
 * A module's instance methods that Ruby also makes methods of the module itself: `module_function`
 * (bare, for every later `def`; with symbols or a `def`, for those) and `extend self`. Service
 * modules (`module Submissions; module_function; def search(rel, q) … end`) are called as
 * `Submissions.search(…)`, so the outline gives each such method a singleton copy the lookup finds.
 */
import type { CodeClassDecl, MethodDecl } from './file-entry';

export class ModuleFunctions {
  /** A bare `module_function` was seen: the `def`s after it are module functions. */
  all = false;
  /** `extend self`: every public instance method of the module is a module method too. */
  extendSelf = false;
  /** Methods named by `module_function :a, :b` (or `module_function def a`). */
  readonly names = new Set<string>();
  private readonly after = new Set<MethodDecl>();

  constructor(
    private readonly owner: CodeClassDecl | undefined,
    private readonly singleton: boolean,
  ) {}

  /** A `def` just added to the outline (the last method) of this body. */
  defined(m: MethodDecl | undefined, name: string): void {
    if (m && m.name === name && this.all) this.after.add(m);
  }

  /** The singleton copies of this body's module functions, once its statements are walked. */
  singletonCopies(methods: readonly MethodDecl[]): MethodDecl[] {
    const owner = this.owner;
    if (!owner?.module || this.singleton || (!this.all && !this.extendSelf && !this.names.size)) return [];
    const own = methods.filter((m) => m.owner === owner.name && !m.singleton);
    const taken = new Set(methods.filter((m) => m.owner === owner.name && m.singleton).map((m) => m.name));
    const chosen = own.filter((m) => this.after.has(m) || this.names.has(m.name) || (this.extendSelf && m.visibility === 'public'));
    // A `def self.x` of the same name is the module's own and wins.
    return chosen.filter((m) => !taken.has(m.name)).map((m) => ({ ...m, singleton: true, visibility: 'public' as const }));
  }
}
