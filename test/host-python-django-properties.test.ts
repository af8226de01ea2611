// Django querysets reached through objects of the application's own classes: a class's `@property` /
// `@cached_property` read as an attribute (Python runs the body on each read, so the read stands for
// the returned queryset), `self` inside a lambda or nested function of a method, and a parameter
// every visible caller passes an instance of one class. Each has its silent neighbour.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE campaigns (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE notes (id bigint NOT NULL, campaign_id bigint, sender text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE notes_2026_01 PARTITION OF notes FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const MODELS = `from django.core.cache import cache
from django.db import models


class Campaign(models.Model):
    name = models.TextField()

    class Meta:
        db_table = "campaigns"

    @property
    def notes_count(self):
        return cache.get_or_set("campaign:%s:notes" % self.pk, lambda: self.notes.count(), 60)

    def notes_since(self, moment):
        def compute():
            return self.notes.filter(created_at__gte=moment).count()
        return cache.get_or_set("campaign:%s:since" % self.pk, compute, 60)

    def notes_total(self):
        def compute():
            return self.notes.exclude(sender=None).count()
        return cache.get_or_set("campaign:%s:total" % self.pk, compute, 60)

    def notes_of(self, other):
        return cache.get_or_set("k", lambda self: self.notes.count(), 60)


class Note(models.Model):
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="notes")
    sender = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        db_table = "notes"
`;

const INBOX = `from functools import cached_property

from crm.models import Note


class Inbox:
    def __init__(self, owner, senders):
        self.owner = owner
        self.senders = senders

    @cached_property
    def notes_seen(self):
        return Note.objects.filter(sender__in=self.senders)

    def newest(self, campaign):
        return self.notes_seen.filter(campaign=campaign).order_by("-id").first()

    def arrived_after(self, moment):
        return self.notes_seen.filter(created_at__gt=moment)
`;

const APP = { 'crm/__init__.py': '', 'crm/models.py': MODELS, 'crm/inbox.py': INBOX };

const { findings } = pythonAppSuite(DDL);

describe('lambdas and nested functions closing over self', () => {
  test('a lambda (or nested function) a model method hands to the cache reads the method\'s self: its related manager runs there', () => {
    const found = findings(APP, 'crm/models.py');
    assert.ok(found.some((l) => l.includes('lambda: self.notes.count()')), found.join('\n'));
    assert.ok(found.some((l) => l.includes('self.notes.exclude(sender=None).count()')), found.join('\n'));
  });

  test('precision: a nested function adding the key prunes; a lambda binding its own self is not the model', () => {
    const found = findings(APP, 'crm/models.py');
    assert.ok(!found.some((l) => l.includes('created_at__gte=moment') || l.includes('lambda self:')), found.join('\n'));
  });
});

describe('querysets a property returns', () => {
  test('a sibling method evaluating self.<property> runs the property\'s queryset there', () => {
    assert.deepEqual(findings(APP, 'crm/inbox.py'), ['return self.notes_seen.filter(campaign=campaign).order_by("-id").first()']);
  });

  test('a property read on an instance a visible constructor made, in another module', () => {
    const view = 'from crm.inbox import Inbox\n\n\ndef badge(request):\n    box = Inbox(request.user, [request.user.email])\n    return {"count": box.notes_seen.count()}\n';
    assert.deepEqual(findings({ ...APP, 'crm/views.py': view }, 'crm/views.py'), ['return {"count": box.notes_seen.count()}']);
  });

  test('precision: a caller of the method adding the key prunes, and the property is not judged where it is built', () => {
    const view = 'from crm.inbox import Inbox\n\n\ndef recent(request):\n    box = Inbox(request.user, [request.user.email])\n    return list(box.arrived_after(request.user.last_login)[:10])\n';
    assert.deepEqual(findings({ ...APP, 'crm/views.py': view }, 'crm/views.py'), []);
    assert.ok(!findings(APP, 'crm/inbox.py').some((l) => l.includes('sender__in')));
  });
});

describe('methods of an object every caller constructs', () => {
  const tray = 'from crm.inbox import Inbox\nfrom crm.models import Note\n\n\nclass Tray(Inbox):\n    def unfiled(self):\n        return Note.objects.filter(sender__in=self.senders, campaign=None)\n';
  const view = [
    'from crm.tray import Tray as Inbox',
    '',
    '',
    'def unfiled_count(box):',
    '    return box.unfiled().count()',
    '',
    '',
    'def recent_count(box, moment):',
    '    return box.arrived_after(moment).count()',
    '',
    '',
    'def page(request):',
    '    mine = Inbox(request.user, [request.user.email])',
    '    return unfiled_count(mine), recent_count(mine, request.user.last_login), unfiled_count(Inbox(None, []))',
    '',
  ].join('\n');

  test('a parameter every visible caller passes an instance of one class: its method\'s queryset runs where the parameter evaluates it', () => {
    assert.deepEqual(findings({ ...APP, 'crm/tray.py': tray, 'crm/views.py': view }, 'crm/views.py'), ['return box.unfiled().count()']);
  });

  test('precision: one caller passing something else leaves the parameter unknown', () => {
    const mixed = view.replace('unfiled_count(Inbox(None, []))', 'unfiled_count(request.session["box"])');
    assert.deepEqual(findings({ ...APP, 'crm/tray.py': tray, 'crm/views.py': mixed }, 'crm/views.py'), []);
  });
});

describe('a property read on a model row loaded where we can see', () => {
  const models = MODELS.replace('    def notes_since(self, moment):', '    @property\n    def visible_notes(self):\n        return self.notes.exclude(sender=None)\n\n    def notes_since(self, moment):');
  const access = [
    'from django.shortcuts import get_object_or_404',
    'from crm.models import Campaign, Note',
    '',
    '',
    'def campaign_for_user(request, pk):',
    '    campaign = get_object_or_404(Campaign, pk=pk)',
    '    if request.user.is_superuser:',
    '        return campaign, True',
    '    return campaign, request.user.id == campaign.pk',
    '',
    '',
    'def campaign_or_note(request, pk):',
    '    if request.user.is_superuser:',
    '        return Note.objects.get(pk=pk), True',
    '    return Campaign.objects.get(pk=pk), False',
    '',
  ].join('\n');
  const view = [
    'from crm.access import campaign_for_user, campaign_or_note',
    'from crm.models import Campaign',
    '',
    '',
    'def oldest(request, pk):',
    '    campaign, _rw = campaign_for_user(request, pk)',
    '    return campaign.visible_notes.order_by("id").first()',
    '',
    '',
    'def loaded(pk):',
    '    campaign = Campaign.objects.get(pk=pk)',
    '    return campaign.visible_notes.count()',
    '',
    '',
    'def keyed(pk, since):',
    '    campaign = Campaign.objects.get(pk=pk)',
    '    return campaign.visible_notes.filter(created_at__gte=since).count()',
    '',
    '',
    'def mixed(request, pk):',
    '    row, _rw = campaign_or_note(request, pk)',
    '    return row.visible_notes.count()',
    '',
    '',
    'def passed(campaign):',
    '    return campaign.visible_notes.count()',
    '',
  ].join('\n');

  test('a finder\'s row, and the row element of a tuple a visible helper returns on every path: the property\'s queryset runs at the read', () => {
    const found = findings({ ...APP, 'crm/models.py': models, 'crm/access.py': access, 'crm/views.py': view }, 'crm/views.py');
    assert.deepEqual(found, ['return campaign.visible_notes.order_by("id").first()', 'return campaign.visible_notes.count()']);
  });
});
