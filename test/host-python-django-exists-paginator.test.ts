// Django querysets filtered on an `Exists(...)` annotation (an authorisation helper's
// `annotate(member=Exists(owned)).filter(member=True)`, annotation names with `__` resolved by their
// shortest prefix as Django does), the date transforms Django rewrites to a range (`__year`,
// `__iso_year`) against those it does not (`__date`, `__iso_year__in`), and a `Paginator` held in a
// variable, whose count runs where the paginator is first asked for a page; `filter(**param)` with
// the dict its caller passes. Each has its silent neighbour (the partition key given, a range
// transform, a dict the caller does not show).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE accounts (id bigint NOT NULL, owner_id bigint NOT NULL, name text) PARTITION BY HASH (owner_id);
CREATE TABLE accounts_0 PARTITION OF accounts FOR VALUES WITH (MODULUS 1, REMAINDER 0);
CREATE TABLE tickets (id bigint NOT NULL, account_id bigint, state text, opened_at timestamptz NOT NULL) PARTITION BY RANGE (opened_at);
CREATE TABLE tickets_2026 PARTITION OF tickets FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
`;

const MODELS = `from django.db import models


class Account(models.Model):
    owner_id = models.BigIntegerField()
    name = models.TextField()

    class Meta:
        db_table = "accounts"


class Ticket(models.Model):
    account = models.ForeignKey(Account, null=True, on_delete=models.DO_NOTHING, related_name="tickets")
    state = models.TextField()
    opened_at = models.DateTimeField()

    class Meta:
        db_table = "tickets"
`;

const ACCESS = `from django.db.models import Exists, OuterRef

from desk.models import Account, Ticket


def visible_tickets(viewer, base=None):
    tickets = Ticket.objects.all() if base is None else base
    if viewer.is_staff:
        return tickets
    mine = Account.objects.filter(pk=OuterRef("account_id"), owner_id=viewer.id)
    return tickets.annotate(account__mine=Exists(mine)).filter(account__mine=True)
`;

const suite = pythonAppSuite(DDL);

function findings(file: string, text: string, others: Record<string, string> = {}): string[] {
  return suite.findings({ 'desk/__init__.py': '', 'desk/models.py': MODELS, ...others, [file]: text }, file);
}

describe('querysets filtered on an Exists annotation', () => {
  test('a helper filtering on an Exists annotation named with __ is followed to its callers', () => {
    const view = [
      'from desk.access import visible_tickets',
      '',
      '',
      'def board(request):',
      '    return visible_tickets(request.user).filter(state="open").count()',
      '',
    ].join('\n');
    assert.deepEqual(findings('desk/views.py', view, { 'desk/access.py': ACCESS }), ['return visible_tickets(request.user).filter(state="open").count()']);
  });

  test('the same helper refined with the partition key stays silent', () => {
    const view = [
      'from desk.access import visible_tickets',
      '',
      '',
      'def board(request):',
      '    return visible_tickets(request.user).filter(opened_at__gte=request.GET["since"]).count()',
      '',
    ].join('\n');
    assert.deepEqual(findings('desk/views.py', view, { 'desk/access.py': ACCESS }), []);
  });

  test('an Exists annotation filtered in place, with and without the key', () => {
    const view = [
      'from django.db.models import Exists, OuterRef',
      '',
      'from desk.models import Account, Ticket',
      '',
      '',
      'def mine(request):',
      '    owned = Account.objects.filter(pk=OuterRef("account_id"), owner_id=request.user.id)',
      '    everything = Ticket.objects.annotate(owned=Exists(owned)).filter(owned=True).count()',
      '    recent = Ticket.objects.annotate(owned=Exists(owned)).filter(owned=True, opened_at__gte=request.GET["since"]).count()',
      '    return everything + recent',
      '',
    ].join('\n');
    assert.deepEqual(findings('desk/views.py', view), ['everything = Ticket.objects.annotate(owned=Exists(owned)).filter(owned=True).count()']);
  });
});

describe('date transforms on a timestamptz partition key', () => {
  const view = [
    'from desk.models import Ticket',
    '',
    '',
    'def counts(request, day, year):',
    '    on_day = Ticket.objects.filter(opened_at__date=day).count()',
    '    in_year = Ticket.objects.filter(opened_at__year=year).count()',
    '    in_iso_year = Ticket.objects.filter(opened_at__iso_year=year).count()',
    '    after_iso_year = Ticket.objects.filter(opened_at__iso_year__gte=year).count()',
    '    in_iso_years = Ticket.objects.filter(opened_at__iso_year__in=[year, year + 1]).count()',
    '    in_quarter = Ticket.objects.filter(opened_at__quarter=1).count()',
    '    return on_day + in_year + in_iso_year + after_iso_year + in_iso_years + in_quarter',
    '',
  ].join('\n');

  test('__date, __iso_year__in and __quarter hide the key; __year and __iso_year become ranges', () => {
    assert.deepEqual(findings('desk/views.py', view), [
      'on_day = Ticket.objects.filter(opened_at__date=day).count()',
      'in_iso_years = Ticket.objects.filter(opened_at__iso_year__in=[year, year + 1]).count()',
      'in_quarter = Ticket.objects.filter(opened_at__quarter=1).count()',
    ]);
  });
});

describe('a Paginator held in a variable', () => {
  const HELPER = [
    'from django.core.paginator import Paginator',
    '',
    '',
    'def page_of(request, rows, size):',
    '    paginator = Paginator(rows, size)',
    '    return paginator.get_page(request.GET.get("page"))',
    '',
  ].join('\n');

  test('counts where it is first asked for a page, in the same function', () => {
    const view = [
      'from django.core.paginator import Paginator',
      '',
      'from desk.models import Ticket',
      '',
      '',
      'def listing(request):',
      '    paginator = Paginator(Ticket.objects.filter(state="open").order_by("-id"), 25)',
      '    total = len(request.GET)',
      '    page = paginator.page(request.GET.get("page", 1))',
      '    return {"page": page, "total": total}',
      '',
    ].join('\n');
    assert.deepEqual(findings('desk/views.py', view), ['page = paginator.page(request.GET.get("page", 1))']);
  });

  test('a listing helper every caller hands a scanning queryset counts in the helper, where it asks for the page', () => {
    const view = [
      'from desk.models import Ticket',
      'from desk.pages import page_of',
      '',
      '',
      'def listing(request):',
      '    return page_of(request, Ticket.objects.filter(state="open"), 25)',
      '',
    ].join('\n');
    const files = { 'desk/pages.py': HELPER, 'desk/views.py': view };
    assert.deepEqual(findings('desk/pages.py', HELPER, files), ['return paginator.get_page(request.GET.get("page"))']);
  });

  test('the page a listing helper returns reads its rows where the caller iterates it; a page handed to a template is not one more place', () => {
    const view = [
      'from django.shortcuts import render',
      '',
      'from desk.models import Ticket',
      'from desk.pages import page_of',
      '',
      '',
      'def listing(request):',
      '    page = page_of(request, Ticket.objects.filter(state="open"), 25)',
      '    return {"ids": [t.id for t in page]}',
      '',
      '',
      'def rendered(request):',
      '    page = Paginator(Ticket.objects.filter(state="open"), 25).get_page(1)',
      '    return render(request, "desk/list.html", {"page": page})',
      '',
    ].join('\n');
    assert.deepEqual(findings('desk/views.py', `from django.core.paginator import Paginator\n${view}`, { 'desk/pages.py': HELPER }), [
      'return {"ids": [t.id for t in page]}',
      'page = Paginator(Ticket.objects.filter(state="open"), 25).get_page(1)',
    ]);
  });

  test('a paginated queryset bounded on the key stays silent', () => {
    const view = [
      'from django.core.paginator import Paginator',
      '',
      'from desk.models import Ticket',
      '',
      '',
      'def listing(request):',
      '    paginator = Paginator(Ticket.objects.filter(opened_at__gte=request.GET["since"]), 25)',
      '    return paginator.get_page(request.GET.get("page"))',
      '',
    ].join('\n');
    assert.deepEqual(findings('desk/views.py', view), []);
  });
});

describe('filter(**param) with the dict the caller passes', () => {
  const SCHEDULER = [
    'from desk.models import Ticket',
    '',
    '',
    'class Scheduler:',
    '    def pending(self, lookups):',
    '        return list(Ticket.objects.filter(**lookups).order_by("opened_at"))',
    '',
    '    def run(self):',
    '        return self.pending({"state__in": ["new", "waiting"]})',
    '',
    '',
    'def window(lookups):',
    '    return Ticket.objects.filter(**lookups).count()',
    '',
    '',
    'def recent(since):',
    '    return window({"state": "new", "opened_at__gte": since})',
    '',
    '',
    'def unseen(lookups):',
    '    return Ticket.objects.filter(**lookups).count()',
    '',
    '',
    'def from_request(request):',
    '    return unseen(request.GET.dict())',
    '',
  ].join('\n');

  test('a method spreading its parameter is judged with the dict its caller passes; the key given or an unseen dict stays silent', () => {
    assert.deepEqual(findings('desk/scheduler.py', SCHEDULER), ['return list(Ticket.objects.filter(**lookups).order_by("opened_at"))']);
  });
});
