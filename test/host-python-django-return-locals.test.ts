// A value returned through a local (`qs = …; return qs`) is the value returned directly: a custom
// manager's `get_queryset` that names its queryset before returning it, and a DRF filter backend
// whose `filter_queryset` stores `super().filter_queryset(…)` in a local that it returns (a path
// handing the queryset back, so a list filtered only by that backend still scans).
// `leads` is RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkApp, pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, status text, user_id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
`;

const MODELS = `
from django.db import models


class RecentManager(models.Manager):
    def get_queryset(self):
        qs = super().get_queryset().filter(created_at__gte="2026-01-01")
        return qs


class ActiveManager(models.Manager):
    def get_queryset(self):
        qs = super().get_queryset()
        qs = qs.exclude(status="archived")
        return qs


class Lead(models.Model):
    status = models.TextField()
    user_id = models.BigIntegerField()
    created_at = models.DateTimeField()

    objects = models.Manager()
    recent = RecentManager()
    active = ActiveManager()

    class Meta:
        db_table = "leads"
`;

const VIEWS = `
from crm.models import Lead


def recent_ids():
    return [l.id for l in Lead.recent.all()]


def active_ids():
    return [l.id for l in Lead.active.all()]
`;

const API = `
from rest_framework import filters, mixins, viewsets

from crm.models import Lead


class Base(filters.BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        return queryset


class MineFilter(Base):
    def filter_queryset(self, request, queryset, view):
        if request.query_params.get("mine"):
            queryset = queryset.filter(user_id=request.user.id)
        result = super().filter_queryset(request, queryset, view)
        return result


class RecentFilter(Base):
    def filter_queryset(self, request, queryset, view):
        result = queryset.filter(created_at__gte=request.query_params["since"])
        return result


class LeadViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    filter_backends = (MineFilter,)
    queryset = Lead.objects.all()


class RecentLeadViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    filter_backends = (MineFilter, RecentFilter)
    queryset = Lead.objects.all()
`;

const suite = pythonAppSuite(DDL);
const FILES = { 'crm/__init__.py': '', 'crm/models.py': MODELS, 'crm/views.py': VIEWS, 'crm/api.py': API };

function found(file: keyof typeof FILES): { text: string; line: number; code: string }[] {
  const text = FILES[file];
  return checkApp(suite.catalog(), FILES, file).findings.map((f) => ({ text: text.slice(f.start, f.end), line: text.slice(0, f.start).split('\n').length - 1, code: f.code }));
}

void test("a manager's get_queryset returning a local: its filter applies (the key prunes, another filter scans)", () => {
  assert.deepEqual(found('crm/views.py'), [{ text: 'Lead', line: 9, code: 'partition-key-missing' }]);
});

void test('a filter backend returning super().filter_queryset(…) through a local hands the queryset back', () => {
  assert.deepEqual(found('crm/api.py'), [{ text: 'Lead', line: 27, code: 'partition-key-missing' }]);
});
