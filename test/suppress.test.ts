import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleId } from '../server/src/engine/finding';
import {
  applySuppressions,
  disableFileInsertion,
  disableNextLineInsertion,
  parseSuppressions,
} from '../server/src/engine/suppress';
import type { DocumentKind } from '../server/src/engine/check';

/** A finding at the first occurrence of `needle` (after `from`). */
function at(text: string, needle: string, code: RuleId = 'partition-key-missing', from = 0): { start: number; code: RuleId } {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `fixture lacks ${needle}`);
  return { start, code };
}

function kept(kind: DocumentKind, text: string, findings: { start: number; code: RuleId }[]): number[] {
  return applySuppressions(text, kind, findings).map((f) => f.start);
}

void describe('suppression comments', () => {
  void it('disable-next-line suppresses only the next line', () => {
    const text = 'SELECT 1 FROM a;\n-- partition-lens-disable-next-line\nSELECT * FROM leads;\nSELECT * FROM leads;\n';
    const f1 = at(text, 'leads');
    const f2 = at(text, 'leads', 'partition-key-missing', f1.start + 1);
    assert.deepEqual(kept('sql', text, [f1, f2]), [f2.start]);
  });

  void it('a rule list limits the directive to those rules, a reason after -- is ignored', () => {
    const text = '-- partition-lens-disable-next-line partition-key-not-prunable -- reviewed\nSELECT * FROM leads WHERE x;\n';
    const missing = at(text, 'leads', 'partition-key-missing');
    const notPrunable = at(text, 'leads', 'partition-key-not-prunable');
    assert.deepEqual(kept('sql', text, [missing, notPrunable]), [missing.start]);
  });

  void it('comma-separated rule lists work', () => {
    const text = '-- partition-lens-disable-next-line partition-key-missing, partition-key-not-prunable\nSELECT * FROM leads;\n';
    assert.deepEqual(kept('sql', text, [at(text, 'leads'), at(text, 'leads', 'partition-key-not-prunable')]), []);
  });

  void it('a whole-file directive anywhere suppresses every line', () => {
    const text = 'SELECT * FROM leads;\nSELECT * FROM leads l;\n-- partition-lens-disable\n';
    const f1 = at(text, 'leads');
    const f2 = at(text, 'leads l');
    assert.deepEqual(kept('sql', text, [f1, f2]), []);
  });

  void it('a whole-file directive with a rule keeps the other rule', () => {
    const text = '-- partition-lens-disable partition-key-missing\nSELECT * FROM leads;\n';
    const notPrunable = at(text, 'leads', 'partition-key-not-prunable');
    assert.deepEqual(kept('sql', text, [at(text, 'leads'), notPrunable]), [notPrunable.start]);
  });

  void it('SQL block comments work, also across lines, and the next line is after the comment end', () => {
    const text = '/* partition-lens-disable-next-line\n   partition-key-missing */\nSELECT * FROM leads;\nSELECT * FROM leads;\n';
    const f1 = at(text, 'leads');
    const f2 = at(text, 'leads', 'partition-key-missing', f1.start + 1);
    assert.deepEqual(kept('sql', text, [f1, f2]), [f2.start]);
  });

  void it('disable-line suppresses the line the comment is on', () => {
    const text = 'SELECT * FROM leads; -- partition-lens-disable-line\nSELECT * FROM leads;\n';
    const f1 = at(text, 'leads');
    const f2 = at(text, 'leads', 'partition-key-missing', f1.start + 1);
    assert.deepEqual(kept('sql', text, [f1, f2]), [f2.start]);
  });

  void it('the directive must be in a comment of the language', () => {
    // `#` is not an SQL comment, and a directive inside a string literal is text.
    const text = "# partition-lens-disable-next-line\nSELECT * FROM leads WHERE note = 'partition-lens-disable';\n";
    const f = at(text, 'leads');
    assert.deepEqual(kept('sql', text, [f]), [f.start]);
  });

  void it('a longer word is not the directive', () => {
    const text = '-- partition-lens-disable-next-lines\nSELECT * FROM leads;\n';
    const f = at(text, 'leads');
    assert.deepEqual(kept('sql', text, [f]), [f.start]);
    assert.equal(parseSuppressions(text, 'sql').lines.size, 0);
  });

  void it('Ruby and Python use #, TypeScript uses // and /* */', () => {
    const rb = 'class X\n  # partition-lens-disable-next-line\n  Lead.where(company: "x")\n  Lead.all\nend\n';
    const lead = at(rb, 'Lead.where');
    const all = at(rb, 'Lead.all');
    assert.deepEqual(kept('ruby', rb, [lead, all]), [all.start]);

    const py = '# partition-lens-disable-next-line partition-key-missing\nLead.objects.filter(company="x")\n';
    assert.deepEqual(kept('python', py, [at(py, 'Lead')]), []);

    const ts = '// partition-lens-disable-next-line\nawait prisma.lead.findMany({});\n/** partition-lens-disable-next-line */\nawait prisma.lead.count();\n';
    assert.deepEqual(kept('typescript', ts, [at(ts, 'prisma.lead.findMany'), at(ts, 'prisma.lead.count')]), []);
    // `//` is not a comment in Ruby.
    const rb2 = '// partition-lens-disable-next-line\nLead.all\n';
    assert.deepEqual(kept('ruby', rb2, [at(rb2, 'Lead')]), [rb2.indexOf('Lead')]);
  });

  void it('SQL comments inside SQL embedded in host code count', () => {
    const rb = 'execute <<~SQL\n  SELECT 1;\n  -- partition-lens-disable-next-line\n  SELECT * FROM leads\nSQL\n';
    assert.deepEqual(kept('ruby', rb, [at(rb, 'leads')]), []);
  });

  void it('CRLF line endings', () => {
    const text = '-- partition-lens-disable-next-line\r\nSELECT * FROM leads;\r\nSELECT * FROM leads;\r\n';
    const f1 = at(text, 'leads');
    const f2 = at(text, 'leads', 'partition-key-missing', f1.start + 1);
    assert.deepEqual(kept('sql', text, [f1, f2]), [f2.start]);
  });
});

void describe('suppression edits', () => {
  void it('inserts a next-line directive with the indentation of the line', () => {
    const text = 'SELECT 1;\n    SELECT * FROM leads;\n';
    const ins = disableNextLineInsertion(text, 1, '--', 'partition-key-missing');
    assert.deepEqual(ins, { offset: 10, text: '    -- partition-lens-disable-next-line partition-key-missing\n' });
    const edited = text.slice(0, ins.offset) + ins.text + text.slice(ins.offset);
    assert.deepEqual(kept('sql', edited, [at(edited, 'leads')]), []);
  });

  void it('keeps CRLF', () => {
    const ins = disableNextLineInsertion('SELECT 1;\r\nSELECT * FROM leads;\r\n', 1, '--');
    assert.deepEqual(ins, { offset: 11, text: '-- partition-lens-disable-next-line\r\n' });
  });

  void it('inserts a file directive at the top, after a shebang and Ruby/Python magic comments', () => {
    assert.deepEqual(disableFileInsertion('SELECT 1;\n', '--'), { offset: 0, text: '-- partition-lens-disable\n' });
    const rb = '# frozen_string_literal: true\n\nclass Lead; end\n';
    assert.deepEqual(disableFileInsertion(rb, '#', 'partition-key-missing'), { offset: 30, text: '# partition-lens-disable partition-key-missing\n' });
    const py = '#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nimport x\n';
    assert.equal(disableFileInsertion(py, '#').offset, py.indexOf('import'));
    assert.deepEqual(disableFileInsertion('#!/bin/sh', '#'), { offset: 9, text: '\n# partition-lens-disable' });
  });
});
