/**
 * A metamorphic transformation of an accuracy case: a rewrite of its files that keeps every
 * statement the application sends and the line where each labelled query runs (its label
 * comment moves with it), so every label keeps its verdict. A verdict that changes under such a
 * rewrite is a robustness bug of the analysis, not a labelling question.
 */
import type { Orm } from '../accuracy/lib';

/** A case's files: path relative to the case directory → text. */
export type CaseFiles = ReadonlyMap<string, string>;

export interface Transform {
  /** Kebab-case name, unique over all modules. */
  readonly name: string;
  readonly orms: readonly Orm[];
  /** One sentence: what the rewrite does and why the application's queries stay the same. */
  readonly description: string;
  /** The rewritten files (unchanged ones may be left out or copied), or undefined when the rewrite does not apply. */
  apply(files: CaseFiles, ctx: { readonly orm: Orm; readonly caseName: string }): Map<string, string> | undefined;
}

/** Line comment syntax of a source file, by extension. */
export function commentPrefix(file: string): string | undefined {
  if (/\.(rb|rake|py)$/.test(file)) return '#';
  if (/\.(ts|tsx|js|mjs|cjs|jsx|mts|cts)$/.test(file)) return '//';
  return undefined;
}
