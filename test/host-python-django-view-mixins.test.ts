// A DRF list view whose queryset comes whole from a mixin of the same module (`class
// ReportList(ReportMixin, generics.ListAPIView)`, the mixin holding `queryset` and a
// `get_queryset` that refines `super().get_queryset()`): DRF's `list()` runs the mixin's
// queryset, reported at the mixin's return. A django-filter FilterSet adds conditions only for the
// parameters a request sends, so it does not hide the unfiltered request. Precision: a mixin
// filtering on the key, and a view whose custom backend may add the key, stay silent.
// `visits` is RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE visits (id bigint NOT NULL, path text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
`;

const MODELS = `
from django.db import models


class Visit(models.Model):
    path = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "visits"
`;

const API = (refine: string, backends: string): string => `
import django_filters
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import generics

from stats.backends import RecentOnly
from stats.models import Visit


class VisitFilter(django_filters.FilterSet):
    class Meta:
        model = Visit
        fields = ["path"]


class ReportMixin:
    queryset = Visit.objects.all()

    def get_queryset(self):
        qs = super().get_queryset()
        return qs${refine}


class ReportList(ReportMixin, generics.ListAPIView):
    filterset_class = VisitFilter
    filter_backends = [${backends}]
`;

const BACKENDS = `
class RecentOnly:
    def filter_queryset(self, request, queryset, view):
        return queryset.filter(created_at__gte=request.GET["since"])
`;

const { findings } = pythonAppSuite(DDL);

const app = (api: string): Record<string, string> => ({ 'stats/__init__.py': '', 'stats/models.py': MODELS, 'stats/backends.py': BACKENDS, 'stats/api.py': api });

void test('a list view running the queryset of a mixin of its module is reported at the mixin\'s return', () => {
  assert.deepEqual(findings(app(API('.order_by("-id")', 'DjangoFilterBackend')), 'stats/api.py'), ['return qs.order_by("-id")']);
});

void test('a mixin filtering on the key stays silent', () => {
  assert.deepEqual(findings(app(API('.filter(created_at__gte="2025-01-01")', 'DjangoFilterBackend')), 'stats/api.py'), []);
});

void test('a custom backend that may add the key leaves the view silent', () => {
  assert.deepEqual(findings(app(API('.order_by("-id")', 'DjangoFilterBackend, RecentOnly')), 'stats/api.py'), []);
});

// Django's documented `SingleObjectMixin` + `FormView`/`TemplateView` combination: the view's
// explicit `self.get_object()` runs the mixin's lookup by primary key (those generic views have no
// `get_queryset` of their own). Precision: a base we cannot see may override `get_queryset`.
const OBJECT_VIEWS = (base: string): string => `
from django.views.generic import FormView, TemplateView
from django.views.generic.detail import SingleObjectMixin

from stats.models import Visit
from vendor.views import VendorView


class VisitCopy(SingleObjectMixin, ${base}):
    model = Visit

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = self.get_object()
`;

void test('self.get_object() in a SingleObjectMixin + FormView/TemplateView view loads the row by primary key', () => {
  for (const base of ['FormView', 'TemplateView']) {
    assert.deepEqual(findings(app(OBJECT_VIEWS(base)), 'stats/api.py'), ['self.object = self.get_object()'], base);
  }
});

void test('precision: a base view we cannot see may override get_queryset', () => {
  assert.deepEqual(findings(app(OBJECT_VIEWS('VendorView')), 'stats/api.py'), []);
});
