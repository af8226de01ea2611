/**
 * Files by a key (a word they mention, a class they declare), for the Ruby folder index. Most
 * keys of a workspace belong to one file (its class names, its own identifiers): such a key
 * holds the file's name itself, and a set only from its second file, which saves a set per key
 * on a large workspace. A key that many files share (`def`, `find`, a model's name) holds their
 * numbers in a typed array instead: a set costs about 32 bytes per file there, and the 10,000-file
 * generated Rails application has about seventy such words in every file (10 MB of sets). Files
 * come out in the order they were added, as from a set, whatever the form.
 */

/** From this many files a key's set becomes a `FileList`. */
const LIST_FROM = 64;

/** The files of a key that many files share: their numbers in the order they were added. */
class FileList {
  ids: Int32Array;
  size = 0;
  /** Membership by file number (a search of the list would cost each addition its length). */
  bits: Uint32Array;

  constructor(capacity: number, files: number) {
    this.ids = new Int32Array(capacity);
    this.bits = new Uint32Array((files >> 5) + 1);
  }

  has(id: number): boolean {
    const word = id >> 5;
    return word < this.bits.length && (this.bits[word]! & (1 << (id & 31))) !== 0;
  }

  add(id: number): void {
    if (this.has(id)) return;
    if (this.size === this.ids.length) {
      const grown = new Int32Array(this.size + (this.size >> 1) + 16);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.size++] = id;
    const word = id >> 5;
    if (word >= this.bits.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.bits.length + (this.bits.length >> 1)));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[word]! |= 1 << (id & 31);
  }

  delete(id: number): void {
    if (!this.has(id)) return;
    const i = this.ids.subarray(0, this.size).indexOf(id);
    this.ids.copyWithin(i, i + 1, this.size);
    this.size--;
    this.bits[id >> 5]! &= ~(1 << (id & 31));
  }
}

export class FilesByKey {
  private readonly map = new Map<string, string | Set<string> | FileList>();
  /** Numbers of the files that are in some `FileList` (never reused: a file keeps its number). */
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];

  private numberOf(file: string): number {
    let n = this.numbers.get(file);
    if (n === undefined) {
      n = this.names.length;
      this.numbers.set(file, n);
      this.names.push(file);
    }
    return n;
  }

  add(key: string, file: string): void {
    const v = this.map.get(key);
    if (v === undefined) this.map.set(key, file);
    else if (typeof v === 'string') {
      if (v !== file) this.map.set(key, new Set([v, file]));
    } else if (v instanceof FileList) v.add(this.numberOf(file));
    else if (v.size < LIST_FROM - 1 || v.has(file)) v.add(file);
    else {
      const list = new FileList(2 * LIST_FROM, this.names.length + LIST_FROM);
      for (const f of v) list.add(this.numberOf(f));
      list.add(this.numberOf(file));
      this.map.set(key, list);
    }
  }

  delete(key: string, file: string): void {
    const v = this.map.get(key);
    if (v === undefined) return;
    if (typeof v === 'string') {
      if (v === file) this.map.delete(key);
      return;
    }
    if (v instanceof FileList) {
      const n = this.numbers.get(file);
      if (n !== undefined) v.delete(n);
    } else v.delete(file);
    if (!v.size) this.map.delete(key);
  }

  /** The files of a key (none: empty). */
  get(key: string): Iterable<string> {
    const v = this.map.get(key);
    if (v === undefined) return [];
    if (typeof v === 'string') return [v];
    if (!(v instanceof FileList)) return v;
    const out: string[] = new Array<string>(v.size);
    for (let i = 0; i < v.size; i++) out[i] = this.names[v.ids[i]!]!;
    return out;
  }
}
