// Django models imported under another name (`from crm.models import Lead as LeadModel`) are the
// models: a manager read through the alias, a helper in another module building on it (the file
// that runs the helper names no model), a serializer's `Meta.model` alias typing `obj`, and a
// middleware storing a row of the aliased model on the request. Precision: a key filter stays silent.
// `leads` is RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkApp, pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE campaigns (id bigint PRIMARY KEY, name text);
CREATE TABLE leads (id bigint NOT NULL, campaign_id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
`;

const MODELS = `
from django.db import models


class Campaign(models.Model):
    name = models.TextField()

    class Meta:
        db_table = "campaigns"


class Lead(models.Model):
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="leads")
    company = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "leads"
`;

const SERVICES = `
from crm.models import Lead as LeadModel


def for_company(company):
    return LeadModel.objects.filter(company=company)


def since(day):
    return LeadModel.objects.filter(created_at__gte=day)
`;

const VIEWS = `
from crm.services import for_company, since


def company(request):
    return [l.id for l in for_company(request.GET["c"])]


def recent(request):
    return [l.id for l in since(request.GET["d"])]
`;

const SERIALIZERS = `
from rest_framework import serializers

from crm.models import Campaign as CampaignRow


class CampaignSerializer(serializers.ModelSerializer):
    lead_count = serializers.SerializerMethodField()

    class Meta:
        model = CampaignRow
        fields = ["id", "name", "lead_count"]

    def get_lead_count(self, obj):
        return obj.leads.count()
`;

const MIDDLEWARE = `
from django.shortcuts import get_object_or_404

from crm.models import Campaign as CampaignModel


class CampaignMiddleware:
    def __call__(self, request):
        request.campaign = get_object_or_404(CampaignModel, pk=request.GET["campaign"])
        return self.get_response(request)
`;

const DASHBOARD = `
def dashboard(request):
    return {"leads": request.campaign.leads.count()}
`;

const suite = pythonAppSuite(DDL);
const FILES = { 'crm/__init__.py': '', 'crm/models.py': MODELS, 'crm/services.py': SERVICES, 'crm/views.py': VIEWS, 'crm/serializers.py': SERIALIZERS, 'crm/middleware.py': MIDDLEWARE, 'crm/dashboard.py': DASHBOARD };

/** Each finding of `file` as the text it covers and its 0-based line. */
function found(file: keyof typeof FILES): { text: string; line: number; code: string }[] {
  const text = FILES[file];
  return checkApp(suite.catalog(), FILES, file).findings.map((f) => ({ text: text.slice(f.start, f.end), line: text.slice(0, f.start).split('\n').length - 1, code: f.code }));
}

void test('a helper building on an aliased model is reached from a file that names no model, and judged where it runs', () => {
  assert.deepEqual(found('crm/views.py'), [{ text: 'for_company', line: 5, code: 'partition-key-missing' }]);
});

void test("a serializer whose Meta.model is an alias types obj: the related manager's count scans", () => {
  assert.deepEqual(found('crm/serializers.py'), [{ text: 'leads', line: 14, code: 'partition-key-missing' }]);
});

void test('a row of an aliased model a middleware stores on the request is that model in other files', () => {
  assert.deepEqual(found('crm/dashboard.py'), [{ text: 'leads', line: 2, code: 'partition-key-missing' }]);
});

void test('the alias itself, with a filter on the key, stays silent', () => {
  assert.deepEqual(found('crm/services.py'), []);
});
