// Django forward foreign-key reads: `message.thread` on a row loaded from a visible queryset makes
// Django load the thread by primary key on first access (every partition of a table partitioned by
// another column), unless the queryset `select_related` it. The row read that way has the target
// model (`thread = message.thread; thread.messages…`). Rows we cannot place stay silent.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE threads (id bigint NOT NULL, title text NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE threads_2026_01 PARTITION OF threads FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE messages (id bigint NOT NULL, thread_id bigint NOT NULL, sent_at timestamptz NOT NULL) PARTITION BY RANGE (sent_at);
CREATE TABLE messages_2026_01 PARTITION OF messages FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const MODELS = `from django.db import models


class Thread(models.Model):
    title = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "threads"


class Message(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="messages")
    sent_at = models.DateTimeField()

    class Meta:
        db_table = "messages"
`;

const { findings } = pythonAppSuite(DDL);

function found(body: string): string[] {
  const text = `from django.shortcuts import get_object_or_404\nfrom crm.models import Message, Thread\n\n\n${body}`;
  return findings({ 'crm/__init__.py': '', 'crm/models.py': MODELS, 'crm/views.py': text }, 'crm/views.py');
}

describe('forward foreign-key reads on placed rows', () => {
  test('a row from get_object_or_404 loads its thread on first read; the thread\'s related manager filters by the key only', () => {
    const body = 'def drop(request, pk, sent):\n    message = get_object_or_404(Message, pk=pk, sent_at=sent)\n    parent = message.thread\n    title = message.thread.title\n    if not parent.messages.exists():\n        return title\n';
    assert.deepEqual(found(body), ['parent = message.thread', 'if not parent.messages.exists():']);
  });

  test('rows of a loop over a visible queryset load the thread each (reported once, at the first read)', () => {
    const body = 'def digest(since):\n    rows = Message.objects.filter(sent_at__gte=since)\n    return [(m.thread.title, m.thread.created_at) for m in rows]\n\n\ndef digest2(since):\n    out = []\n    for m in Message.objects.filter(sent_at__gte=since):\n        out.append(m.thread.title)\n    return out\n';
    assert.deepEqual(found(body), ['out.append(m.thread.title)']);
  });

  test('precision: select_related (named or not), the key column, a row set here or of unknown origin stay silent', () => {
    const body = [
      'def a(since):',
      '    for m in Message.objects.select_related("thread").filter(sent_at__gte=since):',
      '        print(m.thread.title)',
      '',
      '',
      'def b(since):',
      '    m = Message.objects.filter(sent_at__gte=since).select_related().first()',
      '    return m.thread.title, m.thread_id',
      '',
      '',
      'def c(message, since):',
      '    return message.thread.title',
      '',
      '',
      'def d(pk, since, other):',
      '    m = Message.objects.get(pk=pk, sent_at=since)',
      '    m.thread = other',
      '    return m.thread.title',
      '',
    ].join('\n');
    // (The loop joining threads without their key scans them itself; no read loads a thread.)
    assert.deepEqual(found(body).filter((l) => l.includes('.thread')), []);
  });
});
