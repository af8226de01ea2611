type Entry<T> = { value: T; freshUntil: number };

/** Stale-while-revalidate namespace: serves the cached value, refreshes through `load` when stale. */
export class SwrNamespace<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly freshMs: number) {}

  async swr(key: string, load: (key: string) => Promise<T>): Promise<{ val?: T; err?: Error }> {
    const hit = this.entries.get(key);
    if (hit && hit.freshUntil > Date.now()) return { val: hit.value };
    try {
      const value = await load(key);
      this.entries.set(key, { value, freshUntil: Date.now() + this.freshMs });
      return { val: value };
    } catch (err) {
      return { err: err as Error };
    }
  }
}
