/**
 * Metamorphic accuracy: how often a verdict survives a rewrite of the application that changes
 * nothing the database sees (bench/metamorphic/*.ts: rename a helper, move it to another file,
 * pass a builder through one more function, import a client under another name, …).
 *
 * Every accuracy case a transformation applies to is copied into a temporary directory and
 * rewritten; the CLI checks the originals and all variants in one run each, and every label's
 * outcome in the variant is compared with the original's. A scanning site found in the original
 * and missed in the variant is "lost"; a pruned site quiet in the original and reported in the
 * variant is a "new false alarm". Both are robustness bugs of the analysis (the transformation
 * keeps the statements and where they run), which the unseen applications the product meets
 * are made of.
 *
 * Run: node --import tsx bench/metamorphic.ts [--transform REGEX] [--cases REGEX] [--keep] [--json] [--cli WORKTREE] [orm…]
 * `--keep` leaves the variants on disk (their directory is printed) to read a lost site.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { casesOf, matchFindings, ORMS, type Case, type Outcome } from './accuracy/lib';
import { ACCURACY_DIR, runCheck } from './accuracy/run-cli';
import { TRANSFORMS } from './metamorphic/index';
import type { Transform } from './metamorphic/transform';

const ROOT = path.resolve(import.meta.dirname, '..');

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function readCase(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function writeCase(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [rel, text] of files) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
}

interface Variant {
  readonly transform: Transform;
  readonly original: Case;
  readonly variant: Case;
}

interface Change {
  readonly transform: string;
  readonly id: string;
  readonly kind: 'lost' | 'gained' | 'new-false-alarm' | 'false-alarm-gone';
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Outcome per label id, and the unlabelled false alarms per case directory. */
function byLabel(outcomes: readonly Outcome[]): Map<string, Outcome> {
  const m = new Map<string, Outcome>();
  for (const o of outcomes) if (o.label) m.set(`${o.label.orm}/${o.label.id}`, o);
  return m;
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const keep = args.includes('--keep');
  const cliRoot = path.resolve(option(args, '--cli') ?? ROOT);
  const tPattern = new RegExp(option(args, '--transform') ?? '');
  const cPattern = new RegExp(option(args, '--cases') ?? '');
  const valued = new Set(['--cli', '--transform', '--cases'].map((o) => args.indexOf(o) + 1).filter((i) => i > 0));
  const only = args.filter((a, i) => !a.startsWith('--') && !valued.has(i));
  const orms = ORMS.filter((o) => only.length === 0 || only.includes(o));
  const transforms = TRANSFORMS.filter((t) => tPattern.test(t.name));
  const names = new Set<string>();
  for (const t of TRANSFORMS) {
    if (names.has(t.name)) throw new Error(`two transformations are named ${t.name}`);
    names.add(t.name);
  }
  const originals = orms.flatMap((o) => casesOf(ACCURACY_DIR, o)).filter((c) => cPattern.test(`${c.orm}/${c.name}`));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-metamorphic-'));
  const variants: Variant[] = [];
  try {
    for (const t of transforms) {
      for (const c of originals) {
        if (!t.orms.includes(c.orm)) continue;
        const files = readCase(c.dir);
        const rewritten = t.apply(files, { orm: c.orm, caseName: c.name });
        if (!rewritten) continue;
        const dir = path.join(tmp, t.name, c.orm, c.name);
        // Files the transformation leaves out are copied as they are.
        writeCase(dir, new Map([...files, ...rewritten]));
        const variant = casesOf(path.join(tmp, t.name), c.orm).find((v) => v.name === c.name)!;
        const want = c.labels.map((l) => `${l.id}:${l.expect}`).sort().join(' ');
        const got = variant.labels.map((l) => `${l.id}:${l.expect}`).sort().join(' ');
        if (want !== got) throw new Error(`${t.name} on ${c.orm}/${c.name} changed the labels: ${want} → ${got}`);
        variants.push({ transform: t, original: c, variant });
      }
    }
    const used = [...new Set(variants.map((v) => v.original))];
    const t0 = Date.now();
    const baseOutcomes = matchFindings(used, runCheck(cliRoot, used.map((c) => c.dir)).diagnostics);
    const base = byLabel(baseOutcomes);
    // Findings on no label that the original already has (per case and file) are not new in a variant.
    const unlabelledIn = (os: readonly Outcome[], root: (o: Outcome) => string): Map<string, number> => {
      const m = new Map<string, number>();
      for (const o of os) if (!o.label) m.set(root(o), (m.get(root(o)) ?? 0) + 1);
      return m;
    };
    const caseOf = (file: string, cases: readonly Case[]): Case | undefined => cases.find((c) => file.startsWith(c.dir + path.sep));
    const baseUnlabelled = unlabelledIn(baseOutcomes, (o) => {
      const c = caseOf(o.file, used)!;
      return `${c.orm}/${c.name}/${path.relative(c.dir, o.file)}`;
    });
    const check = runCheck(cliRoot, variants.map((v) => v.variant.dir));
    const ms = Date.now() - t0;
    const changes: Change[] = [];
    const rows: { transform: string; cases: number; sites: number; found: number; lost: number; gained: number; newFalseAlarms: number; falseAlarmsGone: number; unlabelled: number; notAnalysed: number }[] = [];
    for (const t of transforms) {
      const vs = variants.filter((v) => v.transform === t);
      if (vs.length === 0) continue;
      const outcomes = matchFindings(
        vs.map((v) => v.variant),
        check.diagnostics,
      );
      const row = { transform: t.name, cases: vs.length, sites: 0, found: 0, lost: 0, gained: 0, newFalseAlarms: 0, falseAlarmsGone: 0, unlabelled: 0, notAnalysed: 0 };
      const variantCases = vs.map((v) => v.variant);
      const seen = new Map<string, number>();
      for (const o of outcomes) {
        if (!o.label) {
          const c = caseOf(o.file, variantCases)!;
          const key = `${c.orm}/${c.name}/${path.relative(c.dir, o.file)}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
          if (seen.get(key)! <= (baseUnlabelled.get(key) ?? 0)) continue;
          row.unlabelled++;
          changes.push({ transform: t.name, id: 'unlabelled', kind: 'new-false-alarm', file: o.file, line: o.line, text: o.text });
          continue;
        }
        row.sites++;
        const was = base.get(`${o.label.orm}/${o.label.id}`)?.kind;
        if (was === 'tp') row.found++;
        const kind = was === 'tp' && o.kind === 'miss' ? 'lost' : was === 'miss' && o.kind === 'tp' ? 'gained' : was === 'tn' && o.kind === 'false-alarm' ? 'new-false-alarm' : was === 'false-alarm' && o.kind === 'tn' ? 'false-alarm-gone' : undefined;
        if (!kind) continue;
        if (kind === 'lost') row.lost++;
        else if (kind === 'gained') row.gained++;
        else if (kind === 'new-false-alarm') row.newFalseAlarms++;
        else row.falseAlarmsGone++;
        changes.push({ transform: t.name, id: `${o.label.orm}/${o.label.id}`, kind, file: o.file, line: o.line, text: o.text });
      }
      const dirs = vs.map((v) => v.variant.dir + path.sep);
      row.notAnalysed = check.notAnalysed.filter((n) => dirs.some((d) => path.resolve(cliRoot, n.file).startsWith(d))).length;
      rows.push(row);
    }
    if (json) {
      process.stdout.write(`${JSON.stringify({ rows, changes: changes.map((c) => ({ ...c, file: path.relative(tmp, c.file) })) }, null, 2)}\n`);
      return;
    }
    process.stdout.write(`Metamorphic accuracy of ${path.relative(process.cwd(), cliRoot) || '.'}: ${transforms.length} transformations, ${variants.length} variants of ${used.length} cases, CLI ${ms} ms\n\n`);
    process.stdout.write('transformation                      cases  sites  found  lost  gained  new-FA  FA-gone  unlabelled  retention\n');
    for (const r of rows) {
      const retention = r.found === 0 ? '  —  ' : ((r.found - r.lost) / r.found).toFixed(3);
      process.stdout.write(`${r.transform.padEnd(34)} ${String(r.cases).padStart(6)} ${String(r.sites).padStart(6)} ${String(r.found).padStart(6)} ${String(r.lost).padStart(5)} ${String(r.gained).padStart(7)} ${String(r.newFalseAlarms).padStart(7)} ${String(r.falseAlarmsGone).padStart(8)} ${String(r.unlabelled).padStart(11)}  ${retention.padStart(9)}${r.notAnalysed ? `  (${r.notAnalysed} files not analysed)` : ''}\n`);
    }
    const total = rows.reduce((a, r) => ({ found: a.found + r.found, lost: a.lost + r.lost, fa: a.fa + r.newFalseAlarms + r.unlabelled }), { found: 0, lost: 0, fa: 0 });
    const real = rows.filter((r) => !['identity', 'leading-comment'].includes(r.transform));
    const sum = real.reduce((a, r) => ({ found: a.found + r.found, lost: a.lost + r.lost, fa: a.fa + r.newFalseAlarms + r.unlabelled }), { found: 0, lost: 0, fa: 0 });
    process.stdout.write(`\nAll: ${total.found - total.lost}/${total.found} found sites kept, ${total.fa} new false alarms; without the sanity transformations: ${sum.found - sum.lost}/${sum.found} kept (${sum.found ? ((sum.found - sum.lost) / sum.found).toFixed(3) : '—'}), ${sum.fa} new false alarms\n`);
    if (changes.length > 0) process.stdout.write(`\nChanges (${changes.length}):\n`);
    for (const c of changes) process.stdout.write(`  ${c.kind.padEnd(16)} ${c.transform}  [${c.id}]  ${path.relative(tmp, c.file)}:${c.line}  ${c.text}\n`);
    if (keep) process.stdout.write(`\nVariants kept in ${tmp}\n`);
  } finally {
    if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
