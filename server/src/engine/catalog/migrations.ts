/**
 * Migration tools' SQL files: which part of a file is the "up" migration, and the order in which
 * a directory of migrations applies. Down, undo and rollback parts never teach the catalog, so
 * the catalog is the state at the end of the up sequence.
 *
 * - goose (`-- +goose Up` / `-- +goose Down`) and sql-migrate (`-- +migrate Up` / `Down`),
 *   dbmate (`-- migrate:up` / `-- migrate:down`): the down sections are blanked.
 * - golang-migrate (`1_x.down.sql`) and Flyway undo migrations (`U1__x.sql`): the whole file is
 *   a down migration.
 * - Liquibase formatted SQL keeps rollbacks in `--rollback` comments, which are never read.
 * - Versions compare as numbers (`2_b.sql` before `10_c.sql`, Flyway `V1_1__x` is 1.1), and
 *   Flyway repeatable migrations (`R__x.sql`) apply after the versioned ones.
 */

const MARKER = /^[ \t]*--[ \t]*(?:\+goose[ \t]+(up|down)\b|\+migrate[ \t]+(up|down)\b|migrate:(up|down)\b)/gim;

/** The base name of a path (either separator). */
function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? path : path.slice(i + 1);
}

/** True when a file is a down / undo migration by its name alone. */
export function isDownMigrationFile(fileName: string): boolean {
  const base = baseName(fileName);
  return /\.down\.sql$/i.test(base) || /^U\d+(?:[._]\d+)*__.*\.sql$/.test(base);
}

/**
 * The text a catalog should learn from a SQL file: `undefined` for a down / undo migration file,
 * else the text with goose / sql-migrate / dbmate down sections replaced by blanks (line breaks
 * kept, so offsets and line numbers stay valid).
 */
export function migrationUpText(fileName: string, text: string): string | undefined {
  if (isDownMigrationFile(fileName)) return undefined;
  if (!/\+goose|\+migrate|migrate:/i.test(text)) return text;
  MARKER.lastIndex = 0;
  const marks: { at: number; up: boolean }[] = [];
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const dir = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    marks.push({ at: m.index, up: dir === 'up' });
  }
  if (marks.length === 0) return text;
  let out = '';
  let copied = 0;
  for (const [i, mk] of marks.entries()) {
    if (mk.up) continue;
    const end = marks[i + 1]?.at ?? text.length;
    out += text.slice(copied, mk.at) + text.slice(mk.at, end).replace(/[^\n\r]/g, ' ');
    copied = end;
  }
  return out + text.slice(copied);
}

/** Version of a migration file name as numbers, or undefined when it has none. */
function versionOf(base: string): { rank: number; parts: number[] } | undefined {
  const fly = /^([VUR])(\d+(?:[._]\d+)*)?__/.exec(base);
  if (fly) {
    if (fly[1] === 'R') return { rank: 1, parts: [] };
    if (fly[2] === undefined) return undefined;
    return { rank: 0, parts: fly[2].split(/[._]/).map(Number) };
  }
  const plain = /^(\d+)(?=[_.-])/.exec(base);
  return plain ? { rank: 0, parts: [Number(plain[1])] } : undefined;
}

function dirName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? '' : path.slice(0, i);
}

function cmpText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders file paths so migrations apply in version order: files of one directory whose names
 * both carry a version compare by that version (numerically), everything else by its text, so
 * timestamped migration names still sort chronologically.
 */
export function compareMigrationPaths(a: string, b: string): number {
  const da = dirName(a);
  if (da === dirName(b)) {
    const va = versionOf(baseName(a));
    const vb = versionOf(baseName(b));
    if (va && vb) {
      if (va.rank !== vb.rank) return va.rank - vb.rank;
      const n = Math.max(va.parts.length, vb.parts.length);
      for (let i = 0; i < n; i++) {
        const x = va.parts[i] ?? 0;
        const y = vb.parts[i] ?? 0;
        if (x !== y) return x - y;
      }
    }
  }
  return cmpText(a, b);
}
