/**
 * Files by a key (a word they mention, a class they declare), for the Ruby folder index. Most
 * keys of a workspace belong to one file (its class names, its own identifiers): such a key
 * holds the file's name itself, and a set only from its second file, which saves a set per key
 * on a large workspace. Files come out in the order they were added, as from a set.
 */
export class FilesByKey {
  private readonly map = new Map<string, string | Set<string>>();

  add(key: string, file: string): void {
    const v = this.map.get(key);
    if (v === undefined) this.map.set(key, file);
    else if (typeof v === 'string') {
      if (v !== file) this.map.set(key, new Set([v, file]));
    } else v.add(file);
  }

  delete(key: string, file: string): void {
    const v = this.map.get(key);
    if (v === undefined) return;
    if (typeof v !== 'string') {
      v.delete(file);
      if (!v.size) this.map.delete(key);
    } else if (v === file) this.map.delete(key);
  }

  /** The files of a key (none: empty). */
  get(key: string): Iterable<string> {
    const v = this.map.get(key);
    return v === undefined ? [] : typeof v === 'string' ? [v] : v;
  }
}
