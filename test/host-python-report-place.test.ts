// Where a Python query is reported: where it runs, also when its model is named outside every
// function (`model = Lead` on a view class). The class attribute says which table, not which query:
// a finding there would stand for every query of the class and be placed away from the one that scans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = 'CREATE TABLE leads (id bigint NOT NULL, status text, email text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);';

const MODELS = `
from django.db import models


class Lead(models.Model):
    status = models.TextField()
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "leads"
`;

const { findings } = pythonAppSuite(DDL);

const VIEW = (bound: string): string => `
from rest_framework.response import Response
from rest_framework.views import APIView

from app.models import Lead


class LeadListView(APIView):
    model = Lead

    def get(self, request):
        leads = self.model.objects.filter(status="new")${bound}
        return Response({"count": leads.count()})
`;

void test('a query on the model a view class names is reported where it runs, not at the class attribute', () => {
  assert.deepEqual(findings({ 'models.py': MODELS, 'views.py': VIEW('') }, 'views.py'), ['return Response({"count": leads.count()})']);
});

void test('precision: the same view bounded on the key reports nothing', () => {
  assert.deepEqual(findings({ 'models.py': MODELS, 'views.py': VIEW('.filter(created_at__gte="2026-03-01")') }, 'views.py'), []);
});
