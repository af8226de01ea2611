// Two Django placements of where a query runs. A custom QuerySet method that runs a query on `self`
// (`Ticket.objects.open_for(owner)` with `self.filter(…).count()` inside) is judged with each visible
// call's queryset; when every call gets the same verdict the finding is the method's and is reported
// inside it (placement.ts), and when they differ each scanning call is reported. A `prefetch_related`
// statement runs where its queryset is evaluated (a later loop), and a related manager read inside a
// loop over a queryset that prefetches it is answered by the prefetch cache. `tickets` and `comments`
// are RANGE partitioned by `created_at`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE tickets (id bigint NOT NULL, owner_id bigint NOT NULL, state text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE tickets_2026_01 PARTITION OF tickets FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE comments (id bigint NOT NULL, ticket_id bigint NOT NULL, body text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE comments_2026_01 PARTITION OF comments FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const QUERYSETS = `from django.db import models


class TicketQuerySet(models.QuerySet):
    def open_for(self, owner):
        total = (
            self.filter(owner_id=owner)
            .exclude(state="closed")
        ).count()
        return total
`;

const MODELS = `from django.db import models

from support.querysets import TicketQuerySet


class Ticket(models.Model):
    owner_id = models.BigIntegerField()
    state = models.TextField()
    created_at = models.DateTimeField()
    objects = TicketQuerySet.as_manager()

    class Meta:
        db_table = "tickets"


class Comment(models.Model):
    ticket = models.ForeignKey(Ticket, related_name="comments", on_delete=models.DO_NOTHING)
    body = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "comments"
`;

const { findings } = pythonAppSuite(DDL);

function app(views: string[]): Record<string, string> {
  return {
    'support/__init__.py': '',
    'support/querysets.py': QUERYSETS,
    'support/models.py': MODELS,
    'support/views.py': `from support.models import Comment, Ticket\n\n\n${views.join('\n')}\n`,
  };
}

describe('a custom QuerySet method that runs its query on self', () => {
  test('every call alike: reported inside the method, at the line that runs it, and not at the calls', () => {
    const files = app([
      'def mine(request):',
      '    return Ticket.objects.open_for(request.user.id)',
      '',
      '',
      'def theirs(owner):',
      '    n = Ticket.objects.open_for(owner)',
      '    return n',
    ]);
    assert.deepEqual(findings(files, 'support/querysets.py'), [').count()']);
    assert.deepEqual(findings(files, 'support/views.py'), []);
  });

  test('precision: calls whose querysets differ keep the scanning call only, and nothing inside', () => {
    const files = app([
      'def recent(owner, since):',
      '    return Ticket.objects.filter(created_at__gte=since).open_for(owner)',
      '',
      '',
      'def every(owner):',
      '    return Ticket.objects.open_for(owner)',
    ]);
    assert.deepEqual(findings(files, 'support/querysets.py'), []);
    assert.deepEqual(findings(files, 'support/views.py'), ['return Ticket.objects.open_for(owner)']);
  });
});

describe('prefetch_related where the queryset runs', () => {
  test('the prefetch of a queryset built on one line and looped on the next is reported at the loop; its cached manager reads are silent', () => {
    const files = app([
      'def export(since):',
      '    tickets = Ticket.objects.filter(created_at__gte=since).prefetch_related("comments")[:100]',
      '    for ticket in tickets:',
      '        bodies = [c.body for c in ticket.comments.all()]',
      '        n = ticket.comments.count()',
      '        print(bodies, n, len(ticket.comments.all()))',
    ]);
    assert.deepEqual(findings(files, 'support/views.py'), ['for ticket in tickets:']);
  });

  test('precision: a refinement, a write, a to_attr prefetch, a rebinding or no prefetch still query', () => {
    const files = app([
      'def a(since):',
      '    for ticket in Ticket.objects.filter(created_at__gte=since).prefetch_related("comments"):',
      '        ticket.comments.filter(body="x").count()',
      '        ticket.comments.all().delete()',
      '',
      '',
      'def b(since):',
      '    for ticket in Ticket.objects.filter(created_at__gte=since).prefetch_related(Prefetch("comments", queryset=Comment.objects.filter(created_at__gte=since), to_attr="recent")):',
      '        print(list(ticket.comments.all()))',
      '',
      '',
      'def c(since):',
      '    for ticket in Ticket.objects.filter(created_at__gte=since):',
      '        print(ticket.comments.count())',
      '',
      '',
      'def d(since, other):',
      '    for ticket in Ticket.objects.filter(created_at__gte=since).prefetch_related("comments"):',
      '        ticket = other',
      '        print(ticket.comments.count())',
    ]);
    files['support/views.py'] = files['support/views.py']!.replace('from support.models', 'from django.db.models import Prefetch\nfrom support.models');
    assert.deepEqual(findings(files, 'support/views.py'), [
      'for ticket in Ticket.objects.filter(created_at__gte=since).prefetch_related("comments"):',
      'ticket.comments.filter(body="x").count()',
      'ticket.comments.all().delete()',
      'print(list(ticket.comments.all()))',
      'print(ticket.comments.count())',
      'for ticket in Ticket.objects.filter(created_at__gte=since).prefetch_related("comments"):',
      'print(ticket.comments.count())',
    ]);
  });
});
