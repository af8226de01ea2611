// Model classes held as data and queried in a loop (`for model in (Visit, Page): model.objects…`,
// `for model_class, field in TRACKED:` over (Model, "field") pairs, a dict's `.items()`, or a
// parameter every caller fills from a method each subclass overrides with its own list): the query
// runs once per model, so a model it cannot prune on is reported. Precision: the same loop filtered
// on every model's key, a collection holding something that is not a visible model, and a loop
// variable bound again in the body stay silent.
// `visits` is RANGE partitioned by `created_at`, `pages` is a plain table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE visits (id bigint NOT NULL, owner_id bigint, path text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE pages (id bigint PRIMARY KEY, owner_id bigint, path text, created_at timestamptz NOT NULL);
`;

const MODELS = `
from django.db import models


class Visit(models.Model):
    owner_id = models.BigIntegerField()
    path = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "visits"


class Page(models.Model):
    owner_id = models.BigIntegerField()
    path = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "pages"
`;

const TASKS = `
from site_stats import models
from site_stats.models import Page, Visit

AUDITED = [(Page, "path"), (models.Visit, "path")]
BY_MODEL = {Page: "pages", Visit: "visits"}


def purge(owner_id):
    for model in (Page, Visit):
        model.objects.filter(owner_id=owner_id).delete()


def purge_recent(owner_id, since):
    for model in (Page, Visit):
        model.objects.filter(owner_id=owner_id, created_at__gte=since).delete()


def audit():
    return {label: model_class.objects.count() for model_class, label in AUDITED}


def sizes():
    out = {}
    for model, label in BY_MODEL.items():
        out[label] = model.objects.filter(path="").count()
    return out


def labelled(models_and_names):
    for model, name in models_and_names:
        print(name, model.objects.count())


def unknown_kinds(kinds):
    for model in (Page, *kinds):
        model.objects.filter(path="").delete()


def rebound(other):
    for model in (Visit, Page):
        model = other
        model.objects.filter(path="").delete()
`;

const OWNERSHIP = `
from site_stats.models import Visit


def check_owned(data, owned, owner_id):
    for model_class, key in owned:
        row = model_class.objects.get(pk=data[key])
        if row.owner_id != owner_id:
            return False
    return True


class OwnedViewSet:
    def owned_models(self):
        return []

    def create(self, request):
        return check_owned(request.data, self.owned_models(), request.user.id)
`;

const VIEWS = `
from site_stats.models import Page, Visit
from site_stats.ownership import OwnedViewSet


class PageViewSet(OwnedViewSet):
    def owned_models(self):
        return [(Page, "page")]


class VisitViewSet(OwnedViewSet):
    def owned_models(self):
        return [(Visit, "visit"), (Page, "page")]
`;

const { findings } = pythonAppSuite(DDL);

const files = {
  'site_stats/__init__.py': '',
  'site_stats/models.py': MODELS,
  'site_stats/tasks.py': TASKS,
  'site_stats/ownership.py': OWNERSHIP,
  'site_stats/views.py': VIEWS,
};

void test('a query run on each model of a literal, a constant, a dict or a comprehension is reported when one model scans', () => {
  assert.deepEqual(findings(files, 'site_stats/tasks.py'), [
    'model.objects.filter(owner_id=owner_id).delete()',
    'return {label: model_class.objects.count() for model_class, label in AUDITED}',
    'out[label] = model.objects.filter(path="").count()',
  ]);
});

void test('a helper looping over the models its callers get from a method each subclass overrides is reported in the helper', () => {
  assert.deepEqual(findings(files, 'site_stats/ownership.py'), ['row = model_class.objects.get(pk=data[key])']);
});

void test('no override lists a partitioned model: the helper stays silent', () => {
  const views = VIEWS.replace('return [(Visit, "visit"), (Page, "page")]', 'return [(Page, "page")]');
  assert.deepEqual(findings({ ...files, 'site_stats/views.py': views }, 'site_stats/ownership.py'), []);
});

void test('a caller passing a list that cannot be seen leaves the helper silent', () => {
  const tasks = `${TASKS}\n\ndef run(pairs):\n    labelled(pairs)\n\n\ndef run_known():\n    labelled([(Visit, "v")])\n`;
  assert.deepEqual(findings({ ...files, 'site_stats/tasks.py': tasks }, 'site_stats/tasks.py').filter((l) => l.includes('print(')), []);
  const known = `${TASKS}\n\ndef run_known():\n    labelled([(Visit, "v"), (Page, "p")])\n`;
  assert.deepEqual(findings({ ...files, 'site_stats/tasks.py': known }, 'site_stats/tasks.py').filter((l) => l.includes('print(')), ['print(name, model.objects.count())']);
});
