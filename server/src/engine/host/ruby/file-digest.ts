/**
 * A cheap textual digest of one Ruby file, made without parsing when the folder index learns a
 * file: the classes and modules it declares, the methods it defines (for "is this method called
 * anywhere"), the scopes it declares, and each method's extent found by indentation (for the
 * pre-filter's "which names can reach a partitioned table"). The parsed outline (parameters,
 * visibility, exact sources) is made only when a lookup needs the file.
 *
 * The digest only ever over-approximates what it feeds: a method whose `end` is not found at its
 * own indentation extends to the end of the file, so its words are never missed.
 */
export const WORD = /[A-Za-z_][A-Za-z0-9_]*[?!]?/g;
export const IVAR_ASSIGNMENT = /@([A-Za-z_]\w*)\s*(?:\|\|)?=(?![=~>])/g;

/** A method found by indentation: its name, the short name of the innermost class or module around it, its extent. */
export interface MethodRegion {
  readonly owner: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** Distinct words of the region, made on first use. */
  words?: Set<string>;
}

export interface FileDigest {
  /** Last segments of the classes and modules the file declares (`Reports::LeadSearch` → `LeadSearch`). */
  readonly classShorts: readonly string[];
  /** Names of the methods it defines (`def x`, `def self.x`, `attr_reader :x` → `x`, `attr_writer :x` → `x=`). */
  readonly defNames: readonly string[];
  /** Scope names (`scope :recent, …`). */
  readonly scopes: readonly string[];
  readonly regions: readonly MethodRegion[];
}

const CLASS_RE = /\b(?:class|module)[ \t]+(?:::)?((?:[A-Z]\w*::)*[A-Z]\w*)/g;
const DEF_RE = /\bdef[ \t]+(?:self\.)?([A-Za-z_]\w*[?!=]?)/g;
const ATTR_RE = /\battr_(reader|writer|accessor)\b([^\n]*)/g;
const SCOPE_RE = /\bscope[ \t(]+:([A-Za-z_]\w*[?!]?)/g;
const LINE_CLASS = /^([ \t]*)(?:class|module)[ \t]+(?:::)?(?:[A-Z]\w*::)*([A-Z]\w*)/;
const LINE_DEF = /^([ \t]*)(?:(?:private|protected|public|module_function)[ \t]+)?def[ \t]+(?:self\.)?([A-Za-z_]\w*[?!=]?)/;
/** The rest of a `def` line after the name, for an endless method (`def x = expr`, `def x(a) = expr`). */
const ENDLESS = /^\w*[?!]?(?:\([^)]*\))?[ \t]*=(?![=~>])/;

/** A one-line method: `def x = expr`, `def x(a) = expr` or `def x; …; end`. */
function oneLine(line: string, nameEnd: number): boolean {
  return /\bend[ \t]*(?:#.*)?$/.test(line) || ENDLESS.test(line.slice(nameEnd));
}

/**
 * `pooled` gives the string to keep for a name: an index of many files passes its pool, so that
 * a name every file uses (`call`, `initialize`) is held once, not once per file.
 */
export function digestOf(text: string, pooled: (name: string) => string = (n) => n): FileDigest {
  const classShorts = new Set<string>();
  for (const m of text.matchAll(CLASS_RE)) classShorts.add(pooled(m[1]!.split('::').pop()!));
  const defNames: string[] = [];
  for (const m of text.matchAll(DEF_RE)) defNames.push(pooled(m[1]!));
  for (const m of text.matchAll(ATTR_RE)) {
    for (const s of m[2]!.matchAll(/:([a-z_]\w*)/g)) {
      if (m[1] !== 'writer') defNames.push(pooled(s[1]!));
      if (m[1] !== 'reader') defNames.push(pooled(`${s[1]!}=`));
    }
  }
  const scopes: string[] = [];
  for (const m of text.matchAll(SCOPE_RE)) scopes.push(pooled(m[1]!));
  return new TextDigest([...classShorts], defNames, scopes, text, pooled);
}

/**
 * A digest whose method regions are found on first use: the pre-filter reads them only for
 * files that mention a table, a model or a reaching name, so most files of a large workspace
 * never hold them.
 */
class TextDigest implements FileDigest {
  private made: MethodRegion[] | undefined;

  constructor(
    readonly classShorts: readonly string[],
    readonly defNames: readonly string[],
    readonly scopes: readonly string[],
    private readonly text: string,
    private readonly pooled: (name: string) => string,
  ) {}

  get regions(): readonly MethodRegion[] {
    this.made ??= regionsOf(this.text, this.pooled);
    return this.made;
  }
}

/** Methods by indentation: a `def` at some indentation ends at the next `end` at the same indentation. */
function regionsOf(text: string, pooled: (name: string) => string): MethodRegion[] {
  const out: MethodRegion[] = [];
  if (!text.includes('def')) return out;
  const owners: { indent: number; name: string }[] = [];
  const open: { indent: number; name: string; owner: string; start: number }[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol);
    let indent = 0;
    while (indent < line.length && (line.charCodeAt(indent) === 32 || line.charCodeAt(indent) === 9)) indent++;
    const rest = line.slice(indent);
    if (rest.startsWith('end') && !/^end\w/.test(rest)) {
      // Closes the innermost method or class at this indentation.
      const m = open[open.length - 1];
      if (m && m.indent === indent) {
        open.pop();
        out.push({ owner: m.owner, name: m.name, start: m.start, end: eol });
      } else if (owners.length && owners[owners.length - 1]!.indent === indent) owners.pop();
    } else if (/^(?:class|module)[ \t]/.test(rest)) {
      const c = LINE_CLASS.exec(line);
      if (c && !/\bend[ \t]*(?:#.*)?$/.test(line)) {
        while (owners.length && owners[owners.length - 1]!.indent >= indent) owners.pop();
        owners.push({ indent, name: pooled(c[2]!) });
      }
    } else if (rest.includes('def')) {
      const d = LINE_DEF.exec(line);
      if (d) {
        const owner = owners.length ? owners[owners.length - 1]!.name : '';
        const name = pooled(d[2]!);
        if (oneLine(line, d[0].length)) out.push({ owner, name, start: pos + indent, end: eol });
        else open.push({ indent, name, owner, start: pos + indent });
      }
    }
    pos = eol + 1;
  }
  // A method whose `end` was not found at its indentation runs to the end of the file.
  for (const m of open) out.push({ owner: m.owner, name: m.name, start: m.start, end: text.length });
  return out.sort((a, b) => a.start - b.start);
}

export function regionText(text: string, r: MethodRegion): string {
  return text.slice(r.start, r.end);
}

export function regionWords(text: string, r: MethodRegion): Set<string> {
  r.words ??= new Set(regionText(text, r).match(WORD) ?? []);
  return r.words;
}

/** Instance variables a region assigns, comma-separated. */
export function regionIvars(text: string, r: MethodRegion): string {
  return [...regionText(text, r).matchAll(IVAR_ASSIGNMENT)].map((a) => a[1]).join(',');
}

/**
 * The digest after an edit that `shiftedOutline` accepted (inside one method's body, no
 * structural word on the changed lines): regions after the edit move, the one holding it grows.
 */
export function shiftedDigest(prev: FileDigest, change: { readonly start: number; readonly oldEnd: number; readonly newEnd: number }): FileDigest {
  const delta = change.newEnd - change.oldEnd;
  const regions = prev.regions.map((r): MethodRegion => {
    if (r.end < change.start) return r;
    if (r.start > change.oldEnd) return { owner: r.owner, name: r.name, start: r.start + delta, end: r.end + delta, ...(r.words ? { words: r.words } : {}) };
    return { owner: r.owner, name: r.name, start: r.start, end: Math.max(r.start, r.end + delta) };
  });
  return { classShorts: prev.classShorts, defNames: prev.defNames, scopes: prev.scopes, regions };
}
