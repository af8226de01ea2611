// Django models reached through their module (`from shop import models`, then `models.Visit`): the
// manager (`models.Visit.objects…`) and a generic view's `model = models.Visit` (UpdateView and
// DeleteView load the row by primary key, ListView lists every row) are judged like the class named
// directly. Precision: a queryset filtered on the partition key stays silent.
// `visits` is RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE visits (id bigint NOT NULL, page text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
`;

const MODELS = `
from django.db import models


class Visit(models.Model):
    page = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "visits"
`;

const VIEWS = `
from django.views.generic import ListView
from django.views.generic.edit import DeleteView, UpdateView

from shop import models


class VisitUpdate(UpdateView):
    model = models.Visit
    fields = ["page"]


class VisitDelete(DeleteView):
    model = models.Visit


class VisitList(ListView):
    model = models.Visit


def pages():
    return [v.page for v in models.Visit.objects.all()]


def recent_pages(since):
    return [v.page for v in models.Visit.objects.filter(created_at__gte=since)]
`;

const { findings } = pythonAppSuite(DDL);

void test('a model named through its module is judged in managers and in generic views; a filter on the key stays silent', () => {
  const files = { 'shop/__init__.py': '', 'shop/models.py': MODELS, 'shop/views.py': VIEWS };
  assert.deepEqual(findings(files, 'shop/views.py'), [
    'model = models.Visit',
    'model = models.Visit',
    'model = models.Visit',
    'return [v.page for v in models.Visit.objects.all()]',
  ]);
});
