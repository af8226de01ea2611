/**
 * Top-level and nested `def`/`class` blocks of a text by indentation (a cheap stand-in for a
 * parse, used only by the pre-filter): each block's name and its text.
 */
export function defBlocks(text: string): { name: string; body: string; isDef: boolean }[] {
  const lines = text.split('\n');
  const out: { name: string; body: string; isDef: boolean }[] = [];
  const open: { name: string; indent: number; from: number; isDef: boolean }[] = [];
  const close = (upto: number, indent: number): void => {
    while (open.length && open[open.length - 1]!.indent >= indent) {
      const b = open.pop()!;
      out.push({ name: b.name, body: lines.slice(b.from, upto).join('\n'), isDef: b.isDef });
    }
  };
  lines.forEach((l, k) => {
    const stripped = l.trimStart();
    if (!stripped || stripped.startsWith('#')) return;
    const indent = l.length - stripped.length;
    close(k, indent);
    const m = /^(?:async\s+)?(def|class)\s+([A-Za-z_]\w*)/.exec(stripped);
    if (m) open.push({ name: m[2]!, indent, from: k, isDef: m[1] === 'def' });
  });
  close(lines.length, -1);
  return out;
}
