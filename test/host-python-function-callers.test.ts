// A parameter typed by what its callers pass survives the move of the function into a class: a
// `@staticmethod` called as `Service.f(…)`, an instance method called as `Service().f(…)` or on a
// local holding `Service(…)`, and a function called through its module (`services.f(…)`), as the
// module function called by name was. Read: a helper's `obj.save()` (an UPDATE by primary key),
// a related manager of a row the callers fetched, and a method of an object the callers construct.
// `leads` is RANGE partitioned by `created_at`; `campaigns` HASH partitioned by `user_id`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE campaigns (id bigint NOT NULL, user_id bigint NOT NULL) PARTITION BY HASH (user_id);
CREATE TABLE campaigns_0 PARTITION OF campaigns FOR VALUES WITH (MODULUS 1, REMAINDER 0);
CREATE TABLE leads (id bigint NOT NULL, campaign_id bigint, status text NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2026_01 PARTITION OF leads FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const MODELS = `from django.db import models


class Campaign(models.Model):
    user_id = models.BigIntegerField()

    class Meta:
        db_table = "campaigns"


class Lead(models.Model):
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    status = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "leads"
`;

const OWNER = `from crm.models import Lead


class LeadOwner:
    def __init__(self, user):
        self.user = user

    def open_leads(self):
        return Lead.objects.filter(status="open")
`;

const APP = { 'crm/__init__.py': '', 'crm/models.py': MODELS, 'crm/owners.py': OWNER };

const { findings } = pythonAppSuite(DDL);

const SAVE = '        lead.save(update_fields=["status"])';
const staticService = `from crm.models import Lead\n\n\nclass LeadService:\n    @staticmethod\n    def expire(lead):\n        lead.status = "expired"\n${SAVE}\n`;
const instanceService = `from crm.models import Lead\n\n\nclass LeadService:\n    def expire(self, lead):\n        lead.status = "expired"\n${SAVE}\n`;
const tasks = (call: string, imp = 'from crm.services import LeadService'): string =>
  `from crm.models import Lead\n${imp}\n\n\ndef run(since):\n    for lead in Lead.objects.filter(status="pending", created_at__lt=since).iterator():\n        ${call}\n`;

describe('rows the callers of a method fetched', () => {
  test('a static method saving its parameter, called as Service.f(row): by primary key', () => {
    const app = { ...APP, 'crm/services.py': staticService, 'crm/tasks.py': tasks('LeadService.expire(lead)') };
    assert.deepEqual(findings(app, 'crm/services.py'), ['lead.save(update_fields=["status"])']);
  });

  test('an instance method, called on Service() and on a local holding Service()', () => {
    const direct = { ...APP, 'crm/services.py': instanceService, 'crm/tasks.py': tasks('LeadService().expire(lead)') };
    assert.deepEqual(findings(direct, 'crm/services.py'), ['lead.save(update_fields=["status"])']);
    const local = { ...APP, 'crm/services.py': instanceService, 'crm/tasks.py': tasks('svc = LeadService()\n        svc.expire(lead)') };
    assert.deepEqual(findings(local, 'crm/services.py'), ['lead.save(update_fields=["status"])']);
  });

  test('a module function called through its module', () => {
    const fn = `from crm.models import Lead\n\n\ndef expire(lead):\n    lead.status = "expired"\n    lead.save(update_fields=["status"])\n`;
    const app = { ...APP, 'crm/services.py': fn, 'crm/tasks.py': tasks('services.expire(lead)', 'from crm import services') };
    assert.deepEqual(findings(app, 'crm/services.py'), ['lead.save(update_fields=["status"])']);
  });

  test('precision: a same-named method of another class is not a caller of this one', () => {
    const other = `from crm.models import Lead\n\n\nclass OtherService:\n    @staticmethod\n    def expire(lead):\n        return lead\n`;
    const app = { ...APP, 'crm/services.py': staticService, 'crm/other.py': other, 'crm/tasks.py': tasks('OtherService.expire(lead)', 'from crm.other import OtherService') };
    assert.deepEqual(findings(app, 'crm/services.py'), []);
  });
});

describe('related managers and objects the callers of a method pass', () => {
  const reports = 'from crm.models import Lead\n\n\nclass Reports:\n    @classmethod\n    def credits(cls, campaign_obj):\n        return [lead.pk for lead in campaign_obj.leads.order_by("id")]\n';
  const view = 'from django.shortcuts import get_object_or_404\n\nfrom crm.models import Campaign\nfrom crm.reports import Reports\n\n\ndef view(request, pk):\n    campaign_obj = get_object_or_404(Campaign, pk=pk, user_id=request.user.id)\n    return Reports.credits(campaign_obj)\n';

  test('a classmethod\'s parameter holds the row its caller fetched: its related manager scans', () => {
    const app = { ...APP, 'crm/reports.py': reports, 'crm/views.py': view };
    assert.deepEqual(findings(app, 'crm/reports.py'), ['return [lead.pk for lead in campaign_obj.leads.order_by("id")]']);
  });

  test('a method\'s parameter is the object every caller constructs: its method\'s query runs', () => {
    const staff = 'from crm.models import Lead\nfrom crm.owners import LeadOwner\n\n\nclass Staff:\n    def first_open(self, owner):\n        return owner.open_leads().first()\n\n\ndef view(request):\n    return Staff().first_open(LeadOwner(request.user))\n';
    assert.deepEqual(findings({ ...APP, 'crm/staff.py': staff }, 'crm/staff.py'), ['return owner.open_leads().first()']);
  });

  test('precision: a caller passing something else leaves the method\'s parameter unknown', () => {
    const staff = 'from crm.models import Lead\nfrom crm.owners import LeadOwner\n\n\nclass Staff:\n    def first_open(self, owner):\n        return owner.open_leads().first()\n\n\ndef view(request):\n    Staff().first_open(LeadOwner(request.user))\n    return Staff().first_open(request.session["owner"])\n';
    assert.deepEqual(findings({ ...APP, 'crm/staff.py': staff }, 'crm/staff.py'), []);
  });
});

describe('rows a helper method returns', () => {
  const utils = 'from django.shortcuts import get_object_or_404\n\nfrom crm.models import Campaign\n\n\nclass Utils:\n    @staticmethod\n    def get_campaign(request, pk):\n        return get_object_or_404(Campaign, pk=pk, user_id=request.user.id)\n';
  const view = (call: string): string => `from crm.models import Lead\nfrom crm.utils import Utils\n\n\ndef view(request, pk):\n    campaign_obj = ${call}\n    return [lead.pk for lead in campaign_obj.leads.order_by("id")]\n`;

  test('a row returned by Utils.get(…) or Utils().get(…) gives the related manager\'s model', () => {
    for (const call of ['Utils.get_campaign(request, pk)', 'Utils().get_campaign(request, pk)']) {
      assert.deepEqual(findings({ ...APP, 'crm/utils.py': utils, 'crm/views.py': view(call) }, 'crm/views.py'), ['return [lead.pk for lead in campaign_obj.leads.order_by("id")]'], call);
    }
  });

  test('a row returned by Utils.get(…) and saved is written by primary key', () => {
    const save = 'from crm.models import Campaign\nfrom crm.utils import Utils\n\n\ndef rename(request, pk):\n    campaign_obj = Utils.get_campaign(request, pk)\n    campaign_obj.save(update_fields=["user_id"])\n';
    assert.deepEqual(findings({ ...APP, 'crm/utils.py': utils, 'crm/views.py': save }, 'crm/views.py'), ['campaign_obj.save(update_fields=["user_id"])']);
  });

  test('precision: a method returning something else than a row gives no model', () => {
    const other = utils.replace('return get_object_or_404(Campaign, pk=pk, user_id=request.user.id)', 'return request.session["campaign"]');
    assert.deepEqual(findings({ ...APP, 'crm/utils.py': other, 'crm/views.py': view('Utils.get_campaign(request, pk)') }, 'crm/views.py'), []);
  });
});
