/**
 * The shapes the Ruby folder index stores per file (`FileEntry`: its outline of classes and
 * methods, digest, words) and the patterns and small helpers shared by the index (`workspace.ts`),
 * the outline reader (`file-outline.ts`) and the evaluator. Kept apart so that those modules
 * share declarations without importing the index itself (no import cycles).
 */
import type { FileDigest } from './file-digest';

export interface MethodParam {
  readonly name: string;
  /** `rest`: `*args`, `keyrest`: `**opts`, `forward`: `...` (their arguments are passed on as they are). */
  readonly kind: 'req' | 'opt' | 'key' | 'rest' | 'keyrest' | 'forward' | 'other';
}

/** A method of a class or module, as declared in one file. */
export interface MethodDecl {
  /** Full name of the owner (`Reports::LeadSearch`). */
  readonly owner: string;
  readonly name: string;
  /** A class method (`def self.x`, inside `class << self`, or in a concern's `class_methods do`). */
  readonly singleton: boolean;
  readonly visibility: 'public' | 'private' | 'protected';
  readonly params: readonly MethodParam[];
  readonly file: string;
  /** The method's source (`def … end`) and where it starts in its file. */
  readonly text: string;
  readonly base: number;
  readonly baseLine: number;
  readonly baseCharacter: number;
  /** Nesting of the owner, for constant lookup inside the body. */
  readonly nesting: readonly string[];
  /** Declared in a concern's `class_methods do … end` (a class method of the includer). */
  readonly fromConcern?: boolean;
}

export interface CodeClassDecl {
  readonly name: string;
  readonly module: boolean;
  readonly superclass?: string;
  readonly includes: string[];
  readonly extends: string[];
  readonly file: string;
}

/** A file's parsed outline: its classes and modules and their methods. */
export interface FileOutline {
  readonly classes: CodeClassDecl[];
  readonly methods: MethodDecl[];
}

export interface FileEntry {
  /** A hash and the length of the text. */
  readonly stamp: string;
  /** The text (kept so that the outline can be parsed when a lookup first needs it). */
  readonly text: string;
  /** What a textual pass over the file found (no parse). */
  readonly digest: FileDigest;
  /** The parsed outline, made on first use (`RubyIndex.outline`). */
  outline?: FileOutline;
  /**
   * The file's distinct words (identifiers, constants, symbols; comments too), as strings shared
   * through the index's pool; unset while `counts` is kept.
   */
  readonly wordList?: readonly string[];
  /**
   * How often each word occurs, kept only for a file edited in place (recounted around each
   * edit); for other files it is counted from `text` when the entry is replaced, which saves
   * a map per file in a large workspace.
   */
  readonly counts?: Map<string, number>;
  /**
   * Names the file declares that other files use to reach it: classes and modules (calls on
   * instances and inherited methods are reached through a constant somewhere on the way), and a
   * model's scopes and associations (`campaign.leads.recent` names no constant).
   */
  readonly declares: Set<string>;
}

export const MODEL_HINT = /\bclass\s+[A-Z][\w:]*\s*<|\bmodule\s+[A-Z]/;
export const CLASS_DECL = /\bclass\s+([A-Z][\w:]*)\s*<\s*((?:::)?[A-Z][\w:]*)/g;
/** Methods longer than this are not kept (relations are built in short methods). */
export const MAX_METHOD_CHARS = 6000;

/** Owners whose public methods the framework calls (and whose return values it ignores). */
export const FRAMEWORK_OWNER = /(Controller|Job|Worker|Mailer|Migration|Channel)$/;

/** Whether a file lives where Rails keeps models (`app/models`, engines and packs). */
export function isModelPath(fileName: string): boolean {
  return /(^|[\\/])models[\\/](.+[\\/])?[^\\/]+\.rb$/i.test(fileName);
}

/** What a dependency on a method lookup remembers of the method found: where it is, its owner, visibility and source. */
export function methodStamp(m: MethodDecl | undefined): string {
  return m ? `${m.file}:${m.baseLine}:${m.baseCharacter}:${m.owner}:${m.visibility}:${m.text}` : '';
}

/** The distinct words of an entry (see `FileEntry.wordList`). */
export function entryWords(e: FileEntry): Iterable<string> {
  return e.counts ? e.counts.keys() : (e.wordList ?? []);
}

export const EMPTY_OUTLINE: FileOutline = { classes: [], methods: [] };
