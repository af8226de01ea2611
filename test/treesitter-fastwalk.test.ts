// `fastWalk` (host/treesitter.ts) calls web-tree-sitter's WebAssembly cursor functions directly to
// copy trees faster. It must answer exactly what the public cursor answers, node by node, in
// every grammar, also on broken code (ERROR and MISSING nodes), non-ASCII text and trees large
// enough to grow the cursor's stack, and it must keep working when other tree-sitter calls
// happen between two of its calls.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type Node, TreeCursor } from 'web-tree-sitter';
import { ensureTreeSitterLoaded, fastWalk, parserFor, type CursorLike, type HostLanguage } from '../server/src/engine/host/treesitter';

before(async () => {
  await ensureTreeSitterLoaded();
});

const SOURCES: Record<HostLanguage, string[]> = {
  ruby: [
    'class Lead < ApplicationRecord\n  scope :recent, -> { where(created_at: 1.month.ago..) }\n  def self.by(c) = where(company: c)\nend\n',
    'def broken(\n  x = [1, 2\n  "héllo #{x} 😀"\nend end\n',
    `module Deep\n${'  [\n'.repeat(60)}1${'\n  ]'.repeat(60)}\nend\n`,
  ],
  typescript: [
    "import knex from 'knex';\nexport async function f(c: string) {\n  return await db('leads').where('company', c).where({ user_id: 1 });\n}\n",
    'const x = <div>{a ? "é" : `t ${b}`}</div>;\nfunction (\n',
    `export const deep = ${'['.repeat(80)}1${']'.repeat(80)};\n`,
  ],
  python: [
    'from crm.models import Lead\n\n\ndef view(request, c):\n    return list(Lead.objects.filter(company=c, created_at__gte=since))\n',
    'def broken(:\n    x = "ünïcode 😀"\n  return\nclass\n',
    `x = ${'('.repeat(70)}1${')'.repeat(70)}\n`,
  ],
};

interface Seen {
  type: string;
  typeId: number;
  named: boolean;
  missing: boolean;
  fieldId: number;
  field: string | null;
  start: number;
  end: number;
}

function read(c: CursorLike | TreeCursor): Seen {
  return {
    type: c.nodeType,
    typeId: c.nodeTypeId,
    named: c.nodeIsNamed,
    missing: c.nodeIsMissing,
    fieldId: c.currentFieldId,
    field: c.currentFieldName,
    start: c.startIndex,
    end: c.endIndex,
  };
}

/** Every node in cursor order, with the moves that reached it; `between` runs before each move. */
function walkAll(c: CursorLike | TreeCursor, between: () => void = () => undefined): (Seen & { move: string })[] {
  const out: (Seen & { move: string })[] = [{ ...read(c), move: 'root' }];
  let depth = 0;
  for (;;) {
    between();
    if (c.gotoFirstChild()) {
      depth++;
      out.push({ ...read(c), move: 'down' });
      continue;
    }
    for (;;) {
      between();
      if (c.gotoNextSibling()) {
        out.push({ ...read(c), move: 'next' });
        break;
      }
      if (depth === 0 || !c.gotoParent()) return out;
      depth--;
    }
  }
}

describe('fastWalk', () => {
  for (const [lang, sources] of Object.entries(SOURCES) as [HostLanguage, string[]][]) {
    it(`answers as the public cursor does on ${lang} trees`, () => {
      for (const src of sources) {
        const tree = parserFor(lang).parse(src)!;
        try {
          const roots: Node[] = [tree.rootNode, ...tree.rootNode.namedChildren.filter((n): n is Node => n !== null).slice(0, 2)];
          for (const root of roots) {
            const slow = root.walk();
            const fast = fastWalk(root);
            try {
              // The direct path is taken (no fallback to the public cursor).
              assert.ok(!(fast instanceof TreeCursor));
              const expected = walkAll(slow);
              if (root === tree.rootNode) assert.ok(expected.length > 10, 'the source has a tree to walk');
              assert.deepEqual(walkAll(fast), expected);
            } finally {
              slow.delete();
              fast.delete();
            }
          }
        } finally {
          tree.delete();
        }
      }
    });
  }

  it('stays right when other tree-sitter calls come between its calls', () => {
    const src = SOURCES.typescript[0]!;
    const tree = parserFor('typescript').parse(src)!;
    const other = parserFor('python').parse(SOURCES.python[0]!)!;
    try {
      const slow = tree.rootNode.walk();
      const fast = fastWalk(tree.rootNode);
      const meddler = other.rootNode.walk();
      try {
        const expected = walkAll(slow);
        // Each interleaved move of another cursor overwrites web-tree-sitter's transfer buffer.
        const got = walkAll(fast, () => {
          if (!meddler.gotoFirstChild()) meddler.gotoNextSibling();
        });
        assert.deepEqual(got, expected);
      } finally {
        slow.delete();
        fast.delete();
        meddler.delete();
      }
    } finally {
      tree.delete();
      other.delete();
    }
  });
});
