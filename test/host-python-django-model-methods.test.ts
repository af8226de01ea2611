// Django model methods and custom QuerySet methods as real applications write them: `self.save()`
// in a model method (an UPDATE by primary key), a model overriding `delete()` to tombstone the row
// (judged inside the override, not at the caller), a related manager with the default manager's
// custom QuerySet methods, a QuerySet method adding the partition-key filter from its argument, and
// an abstract base model's method reaching its own class's manager (`self.__class__.objects`), and
// querysets handed to the framework (DRF related fields, django-filter model filters, feeds).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE campaigns (id bigint NOT NULL, user_id bigint NOT NULL) PARTITION BY HASH (user_id);
CREATE TABLE campaigns_0 PARTITION OF campaigns FOR VALUES WITH (MODULUS 1, REMAINDER 0);
CREATE TABLE leads (id bigint NOT NULL, campaign_id bigint, status text NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2026_01 PARTITION OF leads FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE notes (id bigint NOT NULL, lead_id bigint NOT NULL, kind text NOT NULL, body text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE notes_2026_01 PARTITION OF notes FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const QUERYSETS = `from django.db import models


class NoteQuerySet(models.QuerySet):
    def content(self):
        return self.filter(kind__in=["content", "edit"])

    def authors(self, date_range=None):
        base = self.exclude(body__isnull=True)
        if date_range is not None:
            base = base.filter(created_at__range=date_range)
        return base.values_list("body", flat=True).distinct()
`;

const MODELS = `from django.db import models

from crm.querysets import NoteQuerySet


class NoteManager(models.Manager):
    pass


class Campaign(models.Model):
    user_id = models.BigIntegerField()

    class Meta:
        db_table = "campaigns"

    def rename(self, name):
        self.name = name
        self.save(update_fields=["name"])


class Lead(models.Model):
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    status = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "leads"

    def close(self):
        self.status = "closed"
        self.save()

    def delete(self, *args, **kwargs):
        self.status = "deleted"
        self.save(update_fields=["status"])

    @classmethod
    def make(cls, status):
        self = cls(status=status)
        self.save()
        return self

    def last_content(self):
        return self.notes.content().order_by("-created_at")[0]

    def recent_content(self):
        return self.notes.content().filter(created_at__gte=self.created_at).order_by("-created_at")[0]


class Note(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="notes")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    objects = NoteManager.from_queryset(NoteQuerySet)()

    class Meta:
        db_table = "notes"

    def delete(self, *args, **kwargs):
        self.kind = "gone"
        return super().delete(*args, **kwargs)
`;

const APP = { 'crm/__init__.py': '', 'crm/querysets.py': QUERYSETS, 'crm/models.py': MODELS };

const { findings } = pythonAppSuite(DDL);

/** Findings of `file` (text) checked in the app. */
function found(file: string, text: string, models = MODELS): string[] {
  return findings({ ...APP, 'crm/models.py': models, [file]: text }, file);
}

describe('record writes in model methods', () => {
  test('self.save() in a model method writes the row by primary key (every partition)', () => {
    const lines = found('crm/models.py', MODELS);
    assert.ok(lines.includes('self.save()'), lines.join('\n'));
    assert.ok(lines.includes('self.save(update_fields=["status"])'), lines.join('\n'));
  });

  test('precision: a model partitioned by a key the method cannot give still reports, a classmethod\'s new row does not', () => {
    const lines = found('crm/models.py', MODELS);
    // `Campaign.rename` saves by `id` on a table hashed by user_id: reported too.
    assert.ok(lines.includes('self.save(update_fields=["name"])'), lines.join('\n'));
    // `self = cls(…)` in a classmethod is a new row (an INSERT), not a method's own instance.
    assert.equal(lines.filter((l) => l === 'self.save()').length, 1, lines.join('\n'));
  });

  test('a model whose delete() only tombstones the row is not reported at the caller', () => {
    const view = 'from django.shortcuts import get_object_or_404\n\nfrom crm.models import Lead\n\n\ndef drop(request, pk):\n    lead = get_object_or_404(Lead, pk=pk, created_at__gte=request.since)\n    lead.delete()\n';
    assert.deepEqual(found('crm/views.py', view), []);
  });

  test('precision: an override that calls the parent\'s delete() still deletes by primary key at the caller', () => {
    const view = 'from crm.models import Note\n\n\ndef drop(since):\n    for note in Note.objects.filter(created_at__gte=since):\n        note.delete()\n';
    assert.deepEqual(found('crm/views.py', view), ['note.delete()']);
  });
});

describe('custom QuerySet methods', () => {
  test('a related manager has the default manager\'s QuerySet methods (Django builds it from that class)', () => {
    const lines = found('crm/models.py', MODELS);
    assert.ok(lines.includes('return self.notes.content().order_by("-created_at")[0]'), lines.join('\n'));
    // Precision: the same chain bounded on the partition key prunes.
    assert.ok(!lines.some((l) => l.includes('created_at__gte=self.created_at')), lines.join('\n'));
  });

  test('a QuerySet method adds the key filter from a tuple argument: prunes', () => {
    const view = 'from crm.models import Note\n\n\ndef credits(start, end, lead):\n    return list(Note.objects.content().filter(lead=lead).authors((start, end)))\n';
    assert.deepEqual(found('crm/views.py', view), []);
  });

  test('precision: the same method without the argument (None) scans every partition', () => {
    const view = 'from crm.models import Note\n\n\ndef credits(lead):\n    return list(Note.objects.content().filter(lead=lead).authors())\n';
    assert.equal(found('crm/views.py', view).length, 1);
    const none = 'from crm.models import Note\n\n\ndef credits(lead):\n    return list(Note.objects.content().filter(lead=lead).authors(None))\n';
    assert.equal(found('crm/views.py', none).length, 1);
  });
});

describe('querysets handed to the framework by a class', () => {
  const serializer = (field: string): string => `from rest_framework import serializers\n\nfrom crm.models import Campaign, Lead\n\n\nclass LeadSerializer(serializers.ModelSerializer):\n    campaign = ${field}\n\n    class Meta:\n        model = Lead\n        fields = ["id", "campaign"]\n`;

  test('PrimaryKeyRelatedField(queryset=…): DRF looks each submitted id up by primary key', () => {
    assert.equal(found('crm/serializers.py', serializer('serializers.PrimaryKeyRelatedField(queryset=Campaign.objects.all())')).length, 1);
  });

  test('precision: a read-only field looks nothing up; a queryset bounded on the hash key prunes', () => {
    assert.deepEqual(found('crm/serializers.py', serializer('serializers.PrimaryKeyRelatedField(read_only=True)')), []);
    assert.deepEqual(found('crm/serializers.py', serializer('serializers.PrimaryKeyRelatedField(queryset=Campaign.objects.filter(user_id=7))')), []);
  });

  const filterset = (field: string): string => `import django_filters\n\nfrom crm.models import Campaign, Lead\n\n\nclass LeadFilter(django_filters.FilterSet):\n    campaign = ${field}\n\n    class Meta:\n        model = Lead\n        fields = ["status"]\n`;

  test('django-filter ModelChoiceFilter / ModelMultipleChoiceFilter(queryset=…): the request\'s value is looked up by primary key', () => {
    assert.equal(found('crm/filters.py', filterset('django_filters.ModelChoiceFilter(queryset=Campaign.objects.all())')).length, 1);
    assert.equal(found('crm/filters.py', filterset('django_filters.ModelMultipleChoiceFilter(field_name="campaign_id", queryset=Campaign.objects.all())')).length, 1);
  });

  test('precision: a filter queryset bounded on the hash key, or looked up by another field, stays silent', () => {
    assert.deepEqual(found('crm/filters.py', filterset('django_filters.ModelChoiceFilter(queryset=Campaign.objects.filter(user_id=7))')), []);
    assert.deepEqual(found('crm/filters.py', filterset('django_filters.ModelChoiceFilter(queryset=Campaign.objects.all(), to_field_name="user_id")')), []);
  });

  const feed = (base: string): string => `from django_ical.views import ICalFeed\n\nfrom crm.models import Lead\n\n\nclass OpenLeads(${base}):\n    def items(self):\n        if self.all_rows:\n            return Lead.objects.order_by("-created_at")\n        return Lead.objects.filter(created_at__gte=self.since)\n`;

  test('a feed\'s items(): the framework iterates each queryset it returns', () => {
    assert.deepEqual(found('crm/feeds.py', feed('ICalFeed')), ['return Lead.objects.order_by("-created_at")']);
  });

  test('precision: items() of a class that is no feed is an ordinary method', () => {
    assert.deepEqual(found('crm/feeds.py', feed('object')), []);
  });
});

describe('objects a middleware stores on the request', () => {
  const middleware = (fetch: string): string => `from django.shortcuts import get_object_or_404\n\nfrom crm.models import Campaign\n\n\nclass CampaignMiddleware:\n    def __init__(self, get_response):\n        self.get_response = get_response\n\n    def __call__(self, request):\n        request.campaign_obj = ${fetch}\n        return self.get_response(request)\n`;
  const viewset = `from rest_framework import viewsets\n\n\nclass LeadViewSet(viewsets.ReadOnlyModelViewSet):\n    def get_queryset(self):\n        qs = self.request.campaign_obj.leads.all()\n        if self.request.query_params.get("status"):\n            qs = qs.filter(status=self.request.query_params["status"])\n        return qs.order_by("-id")\n`;

  test('a related manager of request.<attr> set to a fetched model instance is that model\'s (reported where get_queryset returns it)', () => {
    const lines = findings({ ...APP, 'crm/middleware.py': middleware('get_object_or_404(Campaign, pk=request.GET["c"], user_id=request.user.id)'), 'crm/api.py': viewset }, 'crm/api.py');
    assert.deepEqual(lines, ['return qs.order_by("-id")']);
  });

  test('precision: an attribute the middleware also fills from something else is not known', () => {
    const both = middleware('get_object_or_404(Campaign, pk=request.GET["c"], user_id=request.user.id)').replace('        return', '        if request.GET.get("cached"):\n            request.campaign_obj = cache.get(request.GET["c"])\n        return');
    const lines = findings({ ...APP, 'crm/middleware.py': both, 'crm/api.py': viewset }, 'crm/api.py');
    assert.deepEqual(lines, []);
  });
});

describe('rows handed to a service helper', () => {
  const services = 'from crm.models import Lead\n\n\ndef _set_status(lead, status):\n    lead.status = status\n    lead.save(update_fields=["status"])\n\n\ndef expire(lead):\n    _set_status(lead, "expired")\n';
  const tasks = (body: string): string => `from crm.models import Lead\nfrom crm.services import expire\n\n\ndef run(since, pk):\n${body}`;

  test('a parameter saved in a helper holds the rows its callers fetched (through another helper): by primary key', () => {
    const app = { ...APP, 'crm/services.py': services, 'crm/tasks.py': tasks('    for lead in Lead.objects.filter(status="pending", created_at__lt=since).iterator():\n        expire(lead)\n') };
    assert.deepEqual(findings(app, 'crm/services.py'), ['lead.save(update_fields=["status"])']);
  });

  test('precision: a helper only ever given a row built in memory, or never called, is not judged', () => {
    const built = { ...APP, 'crm/services.py': services, 'crm/tasks.py': tasks('    lead = Lead(status="new", created_at=since)\n    expire(lead)\n') };
    assert.deepEqual(findings(built, 'crm/services.py'), []);
    assert.deepEqual(findings({ ...APP, 'crm/services.py': services }, 'crm/services.py'), []);
  });
});

describe('related managers of a parameter', () => {
  const reports = 'from crm.models import Note\n\n\ndef credits(campaign_obj):\n    return [lead.pk for lead in campaign_obj.leads.order_by("id")]\n';
  const views = (fetch: string): string => `from django.shortcuts import get_object_or_404\n\nfrom crm.models import Campaign\nfrom crm.reports import credits\n\n\ndef get_campaign(request, pk):\n    obj = ${fetch}\n    return obj\n\n\ndef view(request, pk):\n    campaign_obj = get_campaign(request, pk)\n    return credits(campaign_obj)\n`;

  test('the rows a helper\'s callers pass (through a helper returning get_object_or_404) give the related manager\'s model', () => {
    const app = { ...APP, 'crm/reports.py': reports, 'crm/views.py': views('get_object_or_404(Campaign, pk=pk, user_id=request.user.id)') };
    assert.deepEqual(findings(app, 'crm/reports.py'), ['return [lead.pk for lead in campaign_obj.leads.order_by("id")]']);
  });

  test('precision: a caller passing an object we cannot place leaves the parameter unknown', () => {
    const app = { ...APP, 'crm/reports.py': reports, 'crm/views.py': views('request.session["campaign"]') };
    assert.deepEqual(findings(app, 'crm/reports.py'), []);
  });
});

const STAMPED = `from django.db import models


class Stamped(models.Model):
    class Meta:
        abstract = True

    def bump(self, **kw):
        type(self).objects.filter(pk=self.pk).update(**kw)

    def bump_in_partition(self, **kw):
        self.__class__.objects.filter(pk=self.pk, created_at=self.created_at).update(**kw)


class Lead(Stamped):
    status = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "leads"


class Note(Stamped):
    lead_id = models.BigIntegerField()
    kind = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "notes"
`;

describe('the instance\'s own class in an abstract base model', () => {
  test('type(self).objects / self.__class__.objects run on each concrete subclass: reported without the key, silent with it', () => {
    const lines = [...new Set(found('crm/models.py', STAMPED, STAMPED))];
    assert.deepEqual(lines, ['type(self).objects.filter(pk=self.pk).update(**kw)']);
  });
});
