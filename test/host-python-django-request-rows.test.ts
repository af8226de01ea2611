// Rows a middleware stores on the request (`request.workspace = get_object_or_404(queryset, slug=…)`)
// and that views read back as `self.request.workspace`: kept in a local, handed to a domain query
// function, or read through a model property. Each use is a related manager of that model, as a
// row loaded in the view itself would be. An attribute whose assignments we cannot all place stays
// unknown.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE projects (id bigint NOT NULL, owner_id bigint NOT NULL, slug text NOT NULL) PARTITION BY HASH (owner_id);
CREATE TABLE projects_0 PARTITION OF projects FOR VALUES WITH (MODULUS 1, REMAINDER 0);
CREATE TABLE tasks (id bigint NOT NULL, project_id bigint NOT NULL, assignee_id bigint, done boolean NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE tasks_2026_01 PARTITION OF tasks FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const MODELS = `from django.db import models


class Project(models.Model):
    owner_id = models.BigIntegerField()
    slug = models.TextField()

    class Meta:
        db_table = "projects"

    @property
    def open_tasks(self):
        return self.tasks.filter(done=False)


class Task(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="tasks")
    assignee_id = models.BigIntegerField(null=True)
    done = models.BooleanField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "tasks"
`;

/** A middleware resolving the project of the URL through a queryset it builds in two steps. */
const MIDDLEWARE = `from django.shortcuts import get_object_or_404

from tracker.models import Project


class ProjectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        slug = request.resolver_match.kwargs.get("workspace")
        if slug:
            queryset = Project.objects.select_related(None)
            queryset = queryset.only("id", "owner_id", "slug")
            request.workspace = get_object_or_404(queryset, slug__iexact=slug)
        return self.get_response(request)
`;

const QUERIES = `def tasks_for(space, user):
    if space.owner_id == user.id:
        return space.tasks.all()
    return space.tasks.filter(assignee_id=user.id)


def recent_tasks(board, since):
    return space.tasks.filter(created_at__gte=since)
`;

const VIEWS = `from tracker.queries import recent_tasks, tasks_for


class Board:
    def __init__(self, request):
        self.request = request

    def tiles(self, since):
        board = self.request.workspace
        open_count = board.open_tasks.count()
        total = board.tasks.count()
        week = recent_tasks(board, since).count()
        return open_count, total, week

    def mine(self):
        return list(tasks_for(self.request.workspace, self.request.user)[:20])
`;

const { findings } = pythonAppSuite(DDL);

const app = (extra: Record<string, string>): Record<string, string> => ({
  'tracker/__init__.py': '',
  'tracker/models.py': MODELS,
  'tracker/queries.py': QUERIES,
  'tracker/views.py': VIEWS,
  ...extra,
});

describe('rows a middleware stores on the request', () => {
  test('a local, a model property and a domain query function all reach the related manager of the stored model', () => {
    const lines = findings(app({ 'tracker/middleware.py': MIDDLEWARE }), 'tracker/views.py');
    assert.deepEqual(lines, ['open_count = board.open_tasks.count()', 'total = board.tasks.count()', 'return list(tasks_for(self.request.workspace, self.request.user)[:20])']);
  });

  test('a row fetched by Model.objects.get() in a function-style middleware counts as well', () => {
    const fn = `from tracker.models import Project\n\n\ndef project_middleware(get_response):\n    def middleware(request):\n        request.workspace = Project.objects.select_related(None).get(slug=request.GET["p"])\n        return get_response(request)\n\n    return middleware\n`;
    const lines = findings(app({ 'tracker/middleware.py': fn }), 'tracker/views.py');
    assert.deepEqual(lines, ['open_count = board.open_tasks.count()', 'total = board.tasks.count()', 'return list(tasks_for(self.request.workspace, self.request.user)[:20])']);
  });

  test('precision: an attribute also filled from a cache, or from a queryset given as a parameter, is not known', () => {
    const cached = MIDDLEWARE.replace('        return self', '        else:\n            request.workspace = cache.get("project")\n        return self');
    assert.deepEqual(findings(app({ 'tracker/middleware.py': cached }), 'tracker/views.py'), []);
    const param = MIDDLEWARE.replace('queryset = Project.objects.select_related(None)\n            queryset = queryset.only("id", "owner_id", "slug")\n            ', '');
    const given = param.replace('def __call__(self, request):', 'def __call__(self, request, queryset=None):');
    assert.deepEqual(findings(app({ 'tracker/middleware.py': given }), 'tracker/views.py'), []);
  });

  test('precision: without a middleware nothing is placed, and the key filter keeps the domain function silent', () => {
    assert.deepEqual(findings(app({}), 'tracker/views.py'), []);
    assert.deepEqual(findings(app({ 'tracker/middleware.py': MIDDLEWARE }), 'tracker/queries.py').filter((l) => l.includes('created_at')), []);
  });
});
