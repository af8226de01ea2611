/**
 * A scripted UI port for driving the real command flows in node: each prompt takes the next
 * answer of the script, which must be of the same kind (a picker answered by an input fails the
 * test), and every prompt is recorded so tests can check what the user was shown.
 */
import type { GeneratedDocument, InputOptions, PickItem, PickOptions, PlanReview, UiPort } from '../../client/src/commands/port';

/** Accepts what the prompt proposes (the highlighted item, the pre-filled value): the Enter key. */
export const ENTER = Symbol('enter');

export type Answer =
  | { pick: string | typeof ENTER | ((items: readonly PickItem[]) => PickItem | undefined) | undefined }
  | { input: string | typeof ENTER | undefined }
  | { ask: string | undefined }
  | { review: 'run' | 'cancel' }
  | { file: string | undefined };

export interface Prompt {
  readonly kind: 'pick' | 'input' | 'ask' | 'review' | 'file';
  readonly title?: string;
  readonly items?: readonly PickItem[];
  readonly active?: PickItem;
  readonly value?: string;
  readonly choices?: readonly string[];
  readonly review?: PlanReview;
}

export class ScriptedUi implements UiPort {
  readonly prompts: Prompt[] = [];
  readonly documents: GeneratedDocument[] = [];
  readonly messages: { level: 'info' | 'warn' | 'error'; text: string }[] = [];
  readonly copied: string[] = [];
  active?: { text: string; selectionStart: number; selectionEnd: number; cursor: number };
  private answers: Answer[] = [];

  /** Queues answers for the next prompts. */
  script(...answers: Answer[]): this {
    this.answers.push(...answers);
    return this;
  }

  /** Answers left over (a test checks it is empty: every scripted prompt really came). */
  get pending(): readonly Answer[] {
    return this.answers;
  }

  private next<K extends string>(kind: K, what: string): Extract<Answer, Record<K, unknown>> {
    const a = this.answers.shift();
    if (!a || !(kind in a)) throw new Error(`Unexpected ${kind} prompt "${what}" (next scripted answer: ${a ? Object.keys(a)[0] : 'none'})`);
    return a as Extract<Answer, Record<K, unknown>>;
  }

  async pick<T extends PickItem>(items: readonly T[], opts: PickOptions<T>): Promise<T | undefined> {
    const title = opts.title ?? opts.placeHolder ?? '';
    this.prompts.push({ kind: 'pick', title, items, active: opts.active });
    const { pick } = this.next('pick', title);
    if (pick === undefined) return undefined;
    // Enter accepts the highlighted item; with none highlighted that is the first one.
    if (pick === ENTER) return opts.active ?? items[0];
    const found = typeof pick === 'function' ? (pick(items) as T | undefined) : items.find((i) => i.label === pick);
    if (!found) throw new Error(`"${title}" offers no ${typeof pick === 'function' ? 'matching item' : `"${pick}"`}: ${items.map((i) => i.label).join(', ')}`);
    return found;
  }

  async input(opts: InputOptions): Promise<string | undefined> {
    this.prompts.push({ kind: 'input', title: opts.title, value: opts.value });
    const { input } = this.next('input', opts.title);
    if (input === undefined) return undefined;
    const text = input === ENTER ? (opts.value ?? '') : input;
    const problem = opts.validate?.(text);
    if (problem) throw new Error(`"${opts.title}" refuses ${JSON.stringify(text)}: ${problem}`);
    return text;
  }

  async ask(message: string, opts: { readonly detail?: string; readonly choices: readonly string[] }): Promise<string | undefined> {
    this.prompts.push({ kind: 'ask', title: message, choices: opts.choices });
    const { ask } = this.next('ask', message);
    if (ask !== undefined && !opts.choices.includes(ask)) throw new Error(`"${message}" offers no "${ask}": ${opts.choices.join(', ')}`);
    return ask;
  }

  async review(review: PlanReview): Promise<boolean> {
    this.prompts.push({ kind: 'review', title: review.title, review });
    return this.next('review', review.title).review === 'run';
  }

  async openGenerated(doc: GeneratedDocument): Promise<void> {
    this.documents.push(doc);
  }

  async pickFile(title: string): Promise<string | undefined> {
    this.prompts.push({ kind: 'file', title });
    return this.next('file', title).file;
  }

  async progress<T>(_title: string, task: (p: { report(m: string, i?: number): void }, signal: AbortSignal) => Promise<T>): Promise<T> {
    return task({ report: () => undefined }, new AbortController().signal);
  }

  activeText() {
    return this.active;
  }

  async copy(text: string): Promise<void> {
    this.copied.push(text);
  }

  info(text: string): void {
    this.messages.push({ level: 'info', text });
  }

  warn(text: string): void {
    this.messages.push({ level: 'warn', text });
  }

  error(text: string): void {
    this.messages.push({ level: 'error', text });
  }

  /** The reviews shown so far. */
  reviews(): PlanReview[] {
    return this.prompts.filter((p) => p.kind === 'review').map((p) => p.review!);
  }
}
