// Django models reached through their module (`from shop import models`, then `models.Visit`): the
// manager (`models.Visit.objects…`) and a generic view's `model = models.Visit` (UpdateView and
// DeleteView load the row by primary key, ListView lists every row) are judged like the class named
// directly. Precision: a queryset filtered on the partition key stays silent.
// `visits` is RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkApp, pythonAppSuite } from './helpers/django-app';

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

// Round nineteen: the module imported under an alias (`from shop import models as m`) and read in the
// other places a model is named: a shortcut's first argument, a mixin's `self.model.objects` with
// the view's `model = m.Visit`, a row a middleware stores on the request, the instance a shortcut
// loads (its model method runs), and a SQL constant executed through its module.
const MODELS2 = `
from django.db import models


class Site(models.Model):
    name = models.TextField()

    class Meta:
        db_table = "sites"


class Visit(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="visits")
    page = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "visits"

    def siblings(self):
        return Visit.objects.filter(page=self.page)
`;

const QUERIES = `
COUNT_SQL = "SELECT count(*) FROM visits WHERE page = %s"
`;

const VIEWS2 = `
from django.db import connection
from django.shortcuts import get_object_or_404
from django.views.generic import ListView

from shop import models as m
from shop import queries as q


class ByPageMixin:
    def get_queryset(self):
        return self.model.objects.filter(page=self.kwargs["page"])


class VisitPages(ByPageMixin, ListView):
    model = m.Visit


def visit(request, pk):
    v = get_object_or_404(m.Visit, pk=pk)
    return [s.id for s in v.siblings()]


def count(page):
    with connection.cursor() as cursor:
        cursor.execute(q.COUNT_SQL, [page])
        return cursor.fetchone()
`;

const MIDDLEWARE2 = `
from django.shortcuts import get_object_or_404

from shop import models as m


class SiteMiddleware:
    def __call__(self, request):
        request.site = get_object_or_404(m.Site.objects.all(), pk=request.GET["site"])
        return self.get_response(request)
`;

const DASHBOARD2 = `
def dashboard(request):
    return request.site.visits.count()
`;

const DDL2 = `${DDL}
CREATE TABLE sites (id bigint PRIMARY KEY, name text);
`;
const suite2 = pythonAppSuite(DDL2);
const FILES2 = { 'shop/__init__.py': '', 'shop/models.py': MODELS2, 'shop/queries.py': QUERIES, 'shop/views.py': VIEWS2, 'shop/middleware.py': MIDDLEWARE2, 'shop/dashboard.py': DASHBOARD2 };

function found2(file: keyof typeof FILES2): { text: string; line: number }[] {
  const text = FILES2[file];
  return checkApp(suite2.catalog(), FILES2, file).findings.map((f) => ({ text: text.slice(f.start, f.end), line: text.slice(0, f.start).split('\n').length - 1 }));
}

void test('a model read through an aliased module: shortcut, mixin self.model, loaded instance method and module SQL constant', () => {
  assert.deepEqual(found2('shop/views.py'), [
    // One view uses the mixin: its query is reported inside the mixin, where it runs.
    { text: 'self.model.objects.filter(page=self.kwargs["page"])', line: 11 },
    { text: 'm.Visit', line: 19 },
    { text: 'siblings', line: 20 },
    { text: 'q.COUNT_SQL', line: 25 },
  ]);
});

void test('a row of a model named through its module that a middleware stores on the request', () => {
  assert.deepEqual(found2('shop/dashboard.py'), [{ text: 'visits', line: 2 }]);
});
