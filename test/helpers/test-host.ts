/**
 * A small host module that tests register (`registerHost`) in place of a real one, to drive the
 * engine's host contract — per-folder `HostIndex`, `dependentsOf`, `Finding.related`, thrown
 * errors — without depending on what a real host supports yet. It is never part of a build.
 *
 * Its "language" (files of the host's language, e.g. `.py`):
 *   `model Name`        declares a model stored in a partitioned table (learned by the index)
 *   `use Name`          a query on that model: reported when some file of the SAME folder index
 *                       declares `Name`, with related locations (the declaration in its file, and
 *                       the `use` line here)
 */
import type { CatalogView } from '../../server/src/engine/catalog/model';
import type { CheckResult } from '../../server/src/engine/check';
import type { Finding } from '../../server/src/engine/finding';
import type { HostIndex, HostModule } from '../../server/src/engine/host/types';

interface FileFacts {
  readonly models: Map<string, { line: number; character: number }>;
  readonly uses: Set<string>;
}

function factsOf(text: string): FileFacts {
  const models = new Map<string, { line: number; character: number }>();
  const uses = new Set<string>();
  text.split('\n').forEach((l, line) => {
    const m = /^model (\w+)/.exec(l);
    if (m) models.set(m[1]!, { line, character: 6 });
    const u = /^use (\w+)/.exec(l);
    if (u) uses.add(u[1]!);
  });
  return { models, uses };
}

export class TestIndex implements HostIndex {
  readonly files = new Map<string, FileFacts>();
  generation = 0;
  /** Models a file declared before its last change (so dependents of a removed model are found). */
  private readonly previous = new Map<string, Set<string>>();
  indexCalls = 0;

  constructor(private readonly failOn?: RegExp) {}

  indexFile(fileName: string, text: string): void {
    this.indexCalls++;
    if (this.failOn?.test(fileName)) throw new Error(`test index cannot read ${fileName}`);
    const next = factsOf(text);
    const old = this.files.get(fileName);
    this.previous.set(fileName, new Set(old?.models.keys() ?? []));
    this.files.set(fileName, next);
    const same = old && JSON.stringify([...old.models]) === JSON.stringify([...next.models]) && [...old.uses].join() === [...next.uses].join();
    if (!same) this.generation++;
  }

  removeFile(fileName: string): void {
    const old = this.files.get(fileName);
    if (!old) return;
    this.previous.set(fileName, new Set(old.models.keys()));
    this.files.delete(fileName);
    this.generation++;
  }

  dependentsOf(fileName: string): readonly string[] {
    const names = new Set([...(this.files.get(fileName)?.models.keys() ?? []), ...(this.previous.get(fileName) ?? [])]);
    const out: string[] = [];
    for (const [f, facts] of this.files) if (f !== fileName && [...facts.uses].some((u) => names.has(u))) out.push(f);
    return out;
  }

  declaration(name: string): { fileName: string; line: number; character: number } | undefined {
    for (const [fileName, facts] of this.files) {
      const at = facts.models.get(name);
      if (at) return { fileName, ...at };
    }
    return undefined;
  }
}

export interface TestHostOptions {
  readonly language?: HostModule['language'];
  /** `check` throws for file names matching this. */
  readonly throwOn?: RegExp;
  /** The index's `indexFile` throws for file names matching this. */
  readonly indexFailOn?: RegExp;
  /** Called at the start of every `check` (e.g. to record the order of checks). */
  readonly onCheck?: (fileName: string | undefined) => void;
}

export function testHost(options: TestHostOptions = {}): HostModule & { readonly indexes: TestIndex[] } {
  const language = options.language ?? 'python';
  const indexes: TestIndex[] = [];
  return {
    language,
    indexes,
    mightContainDatabaseCode: (text) => /^(use|model) /m.test(text),
    mightReach: (text) => /^use /m.test(text),
    sqlFragments: () => [],
    createIndex(): HostIndex {
      const ix = new TestIndex(options.indexFailOn);
      indexes.push(ix);
      return ix;
    },
    check(text: string, _catalog: CatalogView, opts): CheckResult {
      options.onCheck?.(opts?.fileName);
      if (opts?.fileName && options.throwOn?.test(opts.fileName)) throw new Error(`test host exploded on ${opts.fileName}`);
      const index = opts?.index as TestIndex | undefined;
      const findings: Finding[] = [];
      let offset = 0;
      for (const l of text.split('\n')) {
        const u = /^use (\w+)/.exec(l);
        const decl = u && index?.declaration(u[1]!);
        if (u && decl) {
          const start = offset + 4;
          const end = start + u[1]!.length;
          findings.push({
            code: 'partition-key-missing',
            severity: 'warning',
            start,
            end,
            table: `public.${u[1]!.toLowerCase()}`,
            message: `${u[1]!} is stored in a partitioned table and this query has no key filter.`,
            related: [
              {
                kind: 'file',
                fileName: decl.fileName,
                start: { line: decl.line, character: decl.character },
                end: { line: decl.line, character: decl.character + u[1]!.length },
                message: `${u[1]!} is declared here`,
              },
              { kind: 'here', start: offset, end: offset + 3, message: 'the query is built here' },
            ],
          });
        }
        offset += l.length + 1;
      }
      return { findings, parseErrors: [] };
    },
  };
}
