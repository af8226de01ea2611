// Django queries a custom manager's own methods run on `self`, and record-level reads and writes by
// primary key: `save()`/`delete()`/`refresh_from_db()` of a row a loop or a finder produced
// (`for x in qs.iterator()`, a queryset built on several paths), on a table partitioned by another
// column. Each pattern has its silent neighbour (the partition key given, a manager reached through
// a related accessor, a method judged at its callers, a QuerySet method whose `self` the caller filters).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkApp, pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE users (id bigint PRIMARY KEY, created_at timestamptz NOT NULL);
CREATE TABLE leads (id bigint NOT NULL, user_id bigint NOT NULL, status text NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2026_01 PARTITION OF leads FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE notes (id bigint NOT NULL, user_id bigint NOT NULL, created_at timestamptz NOT NULL) PARTITION BY HASH (user_id);
CREATE TABLE notes_0 PARTITION OF notes FOR VALUES WITH (MODULUS 1, REMAINDER 0);
`;

const MODELS = `from django.db import models
from django.utils.timezone import now


class LeadManager(models.Manager):
    def purge_stale(self, status="stale"):
        for lead in self.filter(status=status):
            lead.delete()

    def purge_recent(self):
        self.filter(created_at__gte=now()).delete()

    def total(self):
        return self.get_queryset().count()

    def for_user(self, user_id):
        return self.filter(user_id=user_id).count()


class LeadQuerySet(models.QuerySet):
    def wipe(self):
        self.delete()


class NoteManager(models.Manager):
    def wipe(self):
        self.all().delete()


class User(models.Model):
    created_at = models.DateTimeField()

    class Meta:
        db_table = "users"


class Lead(models.Model):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    status = models.TextField()
    created_at = models.DateTimeField()

    objects = LeadManager()
    rows = LeadQuerySet.as_manager()

    class Meta:
        db_table = "leads"


class Note(models.Model):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="notes")
    created_at = models.DateTimeField()

    objects = NoteManager()

    class Meta:
        db_table = "notes"
`;

const { catalog } = pythonAppSuite(DDL);

/** Findings of `file` checked in an app of `crm/models.py` (or `models` instead) and `others`: [code, text of the range, its line]. */
function check(file: string, text: string, models = MODELS, others: Record<string, string> = {}): [string, string, string][] {
  const files: Record<string, string> = { 'crm/__init__.py': '', 'crm/models.py': models, ...others, [file]: text };
  const r = checkApp(catalog(), files, file);
  const lineAt = (o: number): string => text.slice(text.lastIndexOf('\n', o - 1) + 1, text.indexOf('\n', o) < 0 ? text.length : text.indexOf('\n', o)).trim();
  return r.findings.map((f) => [f.code, text.slice(f.start, f.end).split('\n')[0]!, lineAt(f.start)]);
}

/** The source line of each finding. */
function lines(findings: [string, string, string][]): string[] {
  return findings.map(([, , l]) => l);
}

describe('custom manager methods: self is the declaring model\'s manager', () => {
  test('a loop over self.filter(...) and the rows it deletes by primary key are judged in the method', () => {
    const found = lines(check('crm/models.py', MODELS));
    assert.ok(found.includes('for lead in self.filter(status=status):'), found.join('\n'));
    assert.ok(found.includes('lead.delete()'), found.join('\n'));
    assert.ok(found.includes('return self.get_queryset().count()'), found.join('\n'));
  });

  test('precision: a bound on the partition key prunes; a method with parameters is left to its callers; a QuerySet method\'s self is the caller\'s', () => {
    const found = lines(check('crm/models.py', MODELS));
    assert.ok(!found.some((l) => l.includes('created_at__gte')), found.join('\n'));
    assert.ok(!found.some((l) => l.includes('user_id=user_id')), found.join('\n'));
    assert.ok(!found.some((l) => l === 'self.delete()'), found.join('\n'));
  });

  test('a manager reached through a related accessor at a visible call is not judged with the bare manager', () => {
    const caller = 'from crm.models import User\n\n\ndef wipe_notes(ids):\n    for user in User.objects.filter(id__in=ids):\n        user.notes.wipe()\n';
    const found = lines(check('crm/models.py', MODELS, MODELS, { 'crm/tasks.py': caller }));
    assert.ok(!found.some((l) => l.includes('self.all().delete()')), found.join('\n'));
    // Without that call the manager is the bare one: every partition of notes.
    assert.ok(lines(check('crm/models.py', MODELS)).some((l) => l.includes('self.all().delete()')));
  });

  test('the call of a self-contained manager method is not reported a second time', () => {
    const tasks = 'from crm.models import Lead\n\n\ndef task():\n    Lead.objects.purge_stale()\n';
    assert.deepEqual(check('crm/tasks.py', tasks), []);
  });

  test('a manager class whose last line carries a comment stays known to the model index', () => {
    const models = MODELS.replace('        return self.filter(user_id=user_id).count()\n', '        return self.filter(user_id=user_id).count()  # noqa: E501\n')
      // (Enough statements that the file is parsed whole, as a real models module is.)
      .replace('class LeadQuerySet', 'A = 1\nB = 2\nC = 3\nD = 4\nE = 5\nF = 6\nG = 7\nH = 8\nI = 9\nJ = 10\n\n\ndef stale_rows():\n    return Lead.objects.all().count()  # a custom manager\'s class must be visible\n\n\nclass LeadQuerySet');
    const found = lines(check('crm/models.py', models, models));
    assert.ok(found.some((l) => l.startsWith('return Lead.objects.all().count()')), found.join('\n'));
  });
});

describe('record-level reads and writes by primary key', () => {
  const view = (body: string): string => `from crm.models import Lead\n\n\ndef run(pk, since, flag):\n${body}`;

  test('save()/delete() of rows streamed by qs.iterator() write each row by primary key', () => {
    const text = view('    for lead in Lead.objects.filter(status="x", created_at__gte=since).iterator(chunk_size=100):\n        lead.delete()\n');
    assert.deepEqual(check('crm/views.py', text).map(([, s]) => s), ['delete']);
  });

  test('a queryset built on several paths: the row it yields is written by primary key on each', () => {
    const text = view('    qs = Lead.objects.filter(created_at__gte=since)\n    if flag:\n        qs = qs.filter(status="x")\n    for lead in qs:\n        lead.save(update_fields=["status"])\n');
    assert.deepEqual(check('crm/views.py', text).map(([, s]) => s), ['save']);
  });

  test('refresh_from_db() reads the fetched row again by primary key', () => {
    const text = view('    lead = Lead.objects.get(pk=pk, created_at=since)\n    lead.refresh_from_db()\n');
    assert.deepEqual(check('crm/views.py', text).map(([, s]) => s), ['refresh_from_db']);
  });

  test('a related manager on a row fetched from a visible queryset filters by the foreign key only', () => {
    const text = 'from crm.models import User\n\n\ndef run(pk):\n    qs = User.objects.all()\n    u = qs.filter(pk=pk).first()\n    return list(u.leads.all())\n';
    assert.deepEqual(check('crm/views.py', text).map(([, , l]) => l), ['return list(u.leads.all())']);
    // Precision: the row of a queryset we cannot see is of no known model.
    assert.deepEqual(check('crm/views.py', text.replace('qs = User.objects.all()', 'qs = opaque()')), []);
  });

  test('precision: a row created here is not fetched; nothing reads it by primary key from a finder', () => {
    const text = view('    lead = Lead(status="x", created_at=since)\n    lead.save()\n    lead.refresh_from_db()\n    Lead.objects.filter(pk=pk, created_at=since).delete()\n');
    assert.deepEqual(check('crm/views.py', text), []);
  });

  test('save() of the row a generic view\'s own get_object() returns writes it by primary key, even when its queryset prunes', () => {
    const text = [
      'from django.utils.timezone import now',
      'from rest_framework import viewsets',
      'from rest_framework.decorators import action',
      'from crm.models import Lead',
      '',
      '',
      'class LeadViewSet(viewsets.ModelViewSet):',
      '    def get_queryset(self):',
      '        return Lead.objects.filter(created_at__gte=now())',
      '',
      '    @action(detail=True, methods=["post"])',
      '    def archive(self, request, pk=None):',
      '        lead = self.get_object()',
      '        lead.status = "archived"',
      '        lead.save(update_fields=["status"])',
      '',
    ].join('\n');
    assert.deepEqual(check('crm/views.py', text).map(([, , l]) => l), ['lead.save(update_fields=["status"])']);
    // Precision: a view overriding get_object returns what we cannot see.
    const own = text.replace('    @action', '    def get_object(self):\n        return self.cache[self.kwargs["pk"]]\n\n    @action');
    assert.deepEqual(check('crm/views.py', own), []);
  });
  test('save()/delete() of the row a visible helper returns (one return, or one per path) writes it by primary key', () => {
    const helpers = [
      'from django.shortcuts import get_object_or_404',
      'from crm.models import Lead, User',
      '',
      '',
      'def ticket_for(request, pk, public=False):',
      '    if public:',
      '        return Lead.objects.get(id=pk, user_id=request.user.id)',
      '    return get_object_or_404(Lead, id=pk)',
      '',
      '',
      'def owner_or_lead(pk, flag):',
      '    if flag:',
      '        return User.objects.get(pk=pk)',
      '    return Lead.objects.get(pk=pk)',
      '',
    ].join('\n');
    const text = 'from crm.helpers import ticket_for\n\n\ndef hold(request, pk):\n    ticket = ticket_for(request, pk)\n    ticket.status = "hold"\n    ticket.save(update_fields=["status"])\n';
    assert.deepEqual(check('crm/views.py', text, MODELS, { 'crm/helpers.py': helpers }).map(([, , l]) => l), ['ticket.save(update_fields=["status"])']);
    // Precision: a helper whose paths return rows of different models, or something we cannot see.
    const mixed = text.replace(/ticket_for/g, 'owner_or_lead').replace('(request, pk)', '(pk, True)');
    assert.deepEqual(check('crm/views.py', mixed, MODELS, { 'crm/helpers.py': helpers }), []);
    const opaque = text.replace('from crm.helpers import ticket_for', 'from elsewhere import ticket_for');
    assert.deepEqual(check('crm/views.py', opaque, MODELS, { 'crm/helpers.py': helpers }), []);
  });
});

describe('related managers on rows whose model shows in how they were loaded', () => {
  const helpers = 'from django.shortcuts import get_object_or_404\nfrom crm.models import User\n\n\ndef owner_or_404(pk):\n    return get_object_or_404(User, pk=pk)\n';

  test('a loop over a local queryset: each row\'s related manager, and the rows it yields written by primary key', () => {
    const text = [
      'from crm.models import User',
      '',
      '',
      'def nightly(since):',
      '    members = User.objects.filter(created_at__gte=since)',
      '    totals = {}',
      '    for member in members:',
      '        totals[member.pk] = member.leads.exclude(status="x").count()',
      '        stale = member.leads.filter(status="stale")',
      '        for row in stale:',
      '            row.save(update_fields=["status"])',
      '    return totals',
      '',
    ].join('\n');
    assert.deepEqual(lines(check('crm/jobs.py', text)), ['totals[member.pk] = member.leads.exclude(status="x").count()', 'for row in stale:', 'row.save(update_fields=["status"])']);
  });

  test('a row a helper of another module loads with get_object_or_404', () => {
    const text = 'from crm.shortcuts import owner_or_404\n\n\ndef page(request, pk):\n    owner = owner_or_404(pk)\n    return list(owner.leads.order_by("-id")[:10])\n';
    assert.deepEqual(lines(check('crm/views.py', text, MODELS, { 'crm/shortcuts.py': helpers })), ['return list(owner.leads.order_by("-id")[:10])']);
  });

  test('precision: rows of a queryset we cannot see, and a related manager given the partition key, stay silent', () => {
    const opaque = 'from crm.models import User\n\n\ndef nightly(since):\n    for member in fetch_members():\n        member.leads.count()\n';
    assert.deepEqual(check('crm/jobs.py', opaque), []);
    const keyed = 'from crm.shortcuts import owner_or_404\n\n\ndef page(request, pk, since):\n    owner = owner_or_404(pk)\n    return list(owner.leads.filter(created_at__gte=since)[:10])\n';
    assert.deepEqual(check('crm/views.py', keyed, MODELS, { 'crm/shortcuts.py': helpers }), []);
  });
});

describe('handlers a view inherits from an application base class', () => {
  const BASE = [
    'from django.core.paginator import Paginator',
    'from django.views.generic import TemplateView',
    '',
    '',
    'class IndexView(TemplateView):',
    '    model = None',
    '',
    '    def get_base_queryset(self):',
    '        return self.model._default_manager.all()',
    '',
    '    def get_context_data(self, **kwargs):',
    '        context = super().get_context_data(**kwargs)',
    '        context["page"] = Paginator(self.get_base_queryset().order_by("-id"), 20).get_page(1)',
    '        return context',
    '',
  ].join('\n');

  test('the subclass configuring the model is judged with the inherited handler, where it names the model', () => {
    const views = 'from crm.generic import IndexView\nfrom crm.models import Lead\n\n\nclass LeadIndexView(IndexView):\n    model = Lead\n';
    assert.deepEqual(check('crm/views.py', views, MODELS, { 'crm/generic.py': BASE }).map(([, , l]) => l), ['model = Lead']);
  });

  test('precision: an override adding the key prunes; the base alone is not judged; a handler of the subclass itself is its own', () => {
    const pruned = [
      'from django.utils.timezone import now',
      'from crm.generic import IndexView',
      'from crm.models import Lead',
      '',
      '',
      'class RecentLeadIndexView(IndexView):',
      '    model = Lead',
      '',
      '    def get_base_queryset(self):',
      '        return super().get_base_queryset().filter(created_at__gte=now())',
      '',
    ].join('\n');
    assert.deepEqual(check('crm/views.py', pruned, MODELS, { 'crm/generic.py': BASE }), []);
    assert.deepEqual(check('crm/generic.py', BASE), []);
    const own = 'from crm.generic import IndexView\nfrom crm.models import Lead\n\n\nclass LeadIndexView(IndexView):\n    model = Lead\n\n    def get_context_data(self, **kwargs):\n        return {}\n';
    assert.deepEqual(check('crm/views.py', own, MODELS, { 'crm/generic.py': BASE }), []);
  });
});
