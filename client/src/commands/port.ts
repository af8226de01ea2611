/**
 * The one UI port of the commands: every question a command asks (pickers, input boxes,
 * confirmations, the review of a plan's SQL) and every document it opens goes through this
 * interface. The extension wires it to `vscode.window` (`client/src/vscodeUi.ts`); the unit tests
 * replace it with a scripted port, so they drive the same flows a user does — there is no
 * argument that skips a prompt.
 *
 * vscode-free on purpose: the command handlers import only this.
 */

export interface PickItem {
  readonly label: string;
  readonly description?: string;
  readonly detail?: string;
}

export interface PickOptions<T extends PickItem> {
  readonly placeHolder?: string;
  readonly title?: string;
  /** The item that is highlighted when the picker opens (Enter accepts it). */
  readonly active?: T;
  readonly matchOnDescription?: boolean;
}

export interface InputOptions {
  readonly title: string;
  readonly prompt?: string;
  readonly value?: string;
  readonly placeHolder?: string;
  readonly password?: boolean;
  /** An error message for invalid text, undefined when it is fine. */
  readonly validate?: (value: string) => string | undefined;
}

/** What a plan's review shows while the user decides. */
export interface PlanReview {
  /** One line, e.g. `Create 2 upcoming monthly partitions of public.leads`. */
  readonly title: string;
  /** The whole script, exactly as it will run (read-only, scrollable). */
  readonly sql: string;
  /** Readable lines: what changes, the locks it takes, the rows it moves, warnings. */
  readonly summary: readonly string[];
  /** The label of the action that runs it (`Run`, or `Drop for Good` for a DROP). */
  readonly runLabel: string;
  /** Irreversible: the run action is never the default one. */
  readonly destructive: boolean;
}

/** A generated document (a migration, a report): read-only, with Save As / Copy. */
export interface GeneratedDocument {
  /** File name shown on the tab and suggested by Save As, e.g. `convert_leads.sql`. */
  readonly name: string;
  readonly content: string;
  readonly language: string;
  /** Open beside the current editor. */
  readonly beside?: boolean;
  /** Also show the rendered Markdown preview. */
  readonly markdownPreview?: boolean;
}

export interface ProgressReporter {
  report(message: string, increment?: number): void;
}

export interface UiPort {
  pick<T extends PickItem>(items: readonly T[], opts: PickOptions<T>): Promise<T | undefined>;
  input(opts: InputOptions): Promise<string | undefined>;
  /**
   * A question with choices for reversible decisions (e.g. removing a saved connection, saving a
   * connection that failed its test). Resolves to the chosen label, undefined when dismissed.
   */
  ask(message: string, opts: { readonly detail?: string; readonly choices: readonly string[] }): Promise<string | undefined>;
  /** Shows the plan's SQL for review; resolves true for Run, false for Cancel or when closed. */
  review(review: PlanReview): Promise<boolean>;
  /** Opens a generated, read-only document. */
  openGenerated(doc: GeneratedDocument): Promise<void>;
  /** A file to open (e.g. a CA certificate); undefined when cancelled. */
  pickFile(title: string): Promise<string | undefined>;
  /** Runs `task` with a cancellable progress notification; `signal` aborts on Cancel. */
  progress<T>(title: string, task: (progress: ProgressReporter, signal: AbortSignal) => Promise<T>): Promise<T>;
  /** The text of the active editor with its selection and cursor (UTF-16 offsets), if any. */
  activeText(): { readonly text: string; readonly selectionStart: number; readonly selectionEnd: number; readonly cursor: number } | undefined;
  copy(text: string): Promise<void>;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
