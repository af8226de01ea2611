// A Django helper running the queryset its several callers pass, through a local derived from its
// parameter (`ordered = queryset.order_by(…)`, then `list(ordered[:n])`) or the parameter itself
// (`queryset.count()`): the callers' verdicts are compared (placement.ts). All alike: reported inside the helper; different: at each scanning call;
// a caller we cannot translate: nowhere.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE notes (id bigint NOT NULL, sender text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE notes_2026_01 PARTITION OF notes FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const MODELS = 'from django.db import models\n\n\nclass Note(models.Model):\n    sender = models.TextField(null=True)\n    created_at = models.DateTimeField()\n\n    class Meta:\n        db_table = "notes"\n';

const HELPER = 'def keyset_page(queryset, order_by, limit, after=None):\n    ordered = queryset.order_by(order_by)\n    if after:\n        ordered = ordered.filter(id__lt=after)\n    rows = list(ordered[: limit + 1])\n    return rows[:limit], len(rows) > limit\n';

const { findings } = pythonAppSuite(DDL);

function app(views: string): Record<string, string> {
  return { 'crm/__init__.py': '', 'crm/models.py': MODELS, 'crm/paging.py': HELPER, 'crm/views.py': `from crm.models import Note\nfrom crm.paging import keyset_page\n\n\n${views}` };
}

const PRUNES = 'def recent(request, since):\n    return keyset_page(Note.objects.filter(created_at__gte=since), "-id", 20)\n';
const SCANS = 'def by_sender(request):\n    return keyset_page(Note.objects.filter(sender=request.GET["s"]), "-id", 20, request.GET.get("after"))\n';
const SCANS2 = 'def unsent(request):\n    return keyset_page(Note.objects.filter(sender=None), "-created_at", 50)\n';

describe('a helper running its callers\' querysets through a derived local', () => {
  test('callers with different verdicts: each scanning call is reported, the helper is not', () => {
    const files = app(`${PRUNES}\n\n${SCANS}`);
    assert.deepEqual(findings(files, 'crm/views.py'), ['return keyset_page(Note.objects.filter(sender=request.GET["s"]), "-id", 20, request.GET.get("after"))']);
    assert.deepEqual(findings(files, 'crm/paging.py'), []);
  });

  test('callers that all scan: reported once, inside the helper where it runs the queryset', () => {
    const files = app(`${SCANS}\n\n${SCANS2}`);
    assert.deepEqual(findings(files, 'crm/views.py'), []);
    assert.deepEqual(findings(files, 'crm/paging.py'), ['rows = list(ordered[: limit + 1])']);
  });

  test('precision: a caller whose queryset we cannot see leaves both the calls and the helper silent', () => {
    const files = app(`${PRUNES}\n\n${SCANS}\n\n\ndef other(request):\n    return keyset_page(request.session_queryset(), "-id", 5)\n`);
    assert.deepEqual(findings(files, 'crm/views.py'), []);
    assert.deepEqual(findings(files, 'crm/paging.py'), []);
  });
});

// The same policy for a helper that runs its parameter itself (`return queryset.count()`): with
// every visible caller judged alike the run is the helper's, reported inside it; when the verdicts
// differ, at each scanning call; a caller we cannot judge keeps the runs at the calls we can judge.
describe('a helper running its parameter itself, with several callers', () => {
  const COUNTER = 'def tally(queryset, label):\n    return {label: queryset.count()}\n';
  const direct = (views: string): Record<string, string> => ({ ...app(''), 'crm/paging.py': COUNTER, 'crm/views.py': `from crm.models import Note\nfrom crm.paging import tally\n\n\n${views}` });
  const A = 'def senders(request):\n    return tally(Note.objects.filter(sender=request.GET["s"]), "s")\n';
  const B = 'def unsent(request):\n    return tally(Note.objects.filter(sender=None), "u")\n';
  const C = 'def recent(request, since):\n    return tally(Note.objects.filter(created_at__gte=since), "r")\n';

  test('callers that all scan: reported once, inside the helper', () => {
    const files = direct(`${A}\n\n${B}`);
    assert.deepEqual(findings(files, 'crm/views.py'), []);
    assert.deepEqual(findings(files, 'crm/paging.py'), ['return {label: queryset.count()}']);
  });

  test('callers with different verdicts: each scanning call is reported, the helper is not', () => {
    const files = direct(`${A}\n\n${B}\n\n${C}`);
    assert.deepEqual(findings(files, 'crm/views.py'), ['return tally(Note.objects.filter(sender=request.GET["s"]), "s")', 'return tally(Note.objects.filter(sender=None), "u")']);
    assert.deepEqual(findings(files, 'crm/paging.py'), []);
  });

  test('precision: callers that all prune leave both silent', () => {
    const files = direct(`${C}\n\n${C.replace('def recent', 'def recent_again')}`);
    assert.deepEqual(findings(files, 'crm/views.py'), []);
    assert.deepEqual(findings(files, 'crm/paging.py'), []);
  });
});
