/**
 * The one command table (vscode-free, so tests compare it with package.json): read-side,
 * write-side and document specs. `./index.ts` registers it in a loop.
 */
import { auditCommands } from './audit';
import { documentCommands } from './documents';
import { readCommands } from './read';
import type { CommandSpec } from './types';
import { writeCommands } from './write/index';

export function allCommands(): CommandSpec[] {
  const seen = new Set<string>();
  const out: CommandSpec[] = [];
  for (const c of [...readCommands, ...writeCommands, ...auditCommands, ...documentCommands]) {
    if (seen.has(c.id)) continue; // the first definition wins; duplicates are a programming error
    seen.add(c.id);
    out.push(c);
  }
  return out;
}

const VIEW = 'view == partitionLens.explorer';

interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

/**
 * The `contributes.commands` and `contributes.menus` that package.json must declare for the table
 * (a test compares them, so menus cannot drift from the handlers).
 */
export function contributions(specs: readonly CommandSpec[]): { commands: { command: string; title: string; category: string; icon?: string }[]; menus: Record<string, MenuEntry[]> } {
  const menus: Record<string, MenuEntry[]> = { 'view/title': [], 'view/item/context': [], commandPalette: [], 'editor/context': [], 'editor/title': [] };
  for (const s of specs) {
    const m = s.menus;
    if (m?.title) menus['view/title']!.push({ command: s.id, when: m.title.when ? `${VIEW} && ${m.title.when}` : VIEW, group: m.title.group });
    for (const i of m?.item ?? []) menus['view/item/context']!.push({ command: s.id, when: `${VIEW} && ${i.when}`, group: i.group });
    if (s.when !== undefined) menus.commandPalette!.push({ command: s.id, when: s.when === false ? 'false' : s.when });
    if (m?.editor) menus['editor/context']!.push({ command: s.id, when: m.editor.when, group: m.editor.group });
    if (m?.editorTitle) menus['editor/title']!.push({ command: s.id, when: m.editorTitle.when, group: m.editorTitle.group });
  }
  const clean = (e: MenuEntry): MenuEntry => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as unknown as MenuEntry;
  return {
    commands: specs.map((s) => ({ command: s.id, title: s.title, category: s.category, ...(s.icon ? { icon: `$(${s.icon})` } : {}) })),
    menus: Object.fromEntries(Object.entries(menus).map(([k, v]) => [k, v.map(clean)])),
  };
}
