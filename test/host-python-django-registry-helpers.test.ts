// Django models reached through the app registry (`apps.get_model(...)` in model methods and data
// migrations) and helpers that run the caller's queryset through locals they derive from it, at
// several places, and manager methods picked from a dictionary by a request parameter. Each pattern has its silent neighbour (the partition key given, a model name
// that is not a literal, a helper refining by the key before it runs the query).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkApp, pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE shops (id bigint PRIMARY KEY);
CREATE TABLE tickets (id bigint NOT NULL, shop_id bigint NOT NULL, state text NOT NULL, opened_on timestamptz NOT NULL) PARTITION BY RANGE (opened_on);
CREATE TABLE tickets_2026_01 PARTITION OF tickets FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const MODELS = `from django.apps import apps
from django.db import models


class Shop(models.Model):
    class Meta:
        db_table = "shops"

    def open_tickets(self):
        Ticket = apps.get_model("support", "Ticket")
        return Ticket.objects.filter(shop=self, state="open").count()

    def recent_tickets(self, since):
        Ticket = apps.get_model("support", "ticket")
        return Ticket.objects.filter(shop=self, opened_on__gte=since).count()

    def by_name(self, name):
        Model = apps.get_model("support", name)
        return Model.objects.filter(shop=self).count()


class Ticket(models.Model):
    shop = models.ForeignKey(Shop, on_delete=models.DO_NOTHING, related_name="tickets")
    state = models.TextField()
    opened_on = models.DateTimeField()

    class Meta:
        db_table = "tickets"
`;

const { catalog } = pythonAppSuite(DDL);

/** The source lines of the findings of `file`, checked in an app of `support/models.py` and `others`. */
function found(file: string, text: string, others: Record<string, string> = {}): string[] {
  const files: Record<string, string> = { 'support/__init__.py': '', 'support/models.py': MODELS, ...others, [file]: text };
  const r = checkApp(catalog(), files, file);
  return r.findings.map((f) => text.slice(text.lastIndexOf('\n', f.start - 1) + 1, text.indexOf('\n', f.start)).trim());
}

describe('models from the app registry', () => {
  test('apps.get_model(app, name) in a model method stands for the registered model', () => {
    const lines = found('support/models.py', MODELS);
    assert.ok(lines.includes('return Ticket.objects.filter(shop=self, state="open").count()'), lines.join('\n'));
  });

  test('precision: the partition key given, or a model name that is not a literal, stays silent', () => {
    const lines = found('support/models.py', MODELS);
    assert.ok(!lines.some((l) => l.includes('opened_on__gte')), lines.join('\n'));
    assert.ok(!lines.some((l) => l.includes('Model.objects')), lines.join('\n'));
  });

  test('a data migration\'s historical registry with a dotted label', () => {
    const migration = `from django.db import migrations


def close_stale(apps, schema_editor):
    Ticket = apps.get_model("support.Ticket")
    Ticket.objects.filter(state="stale").update(state="closed")


def close_recent(apps, schema_editor):
    Ticket = apps.get_model("support.Ticket")
    Ticket.objects.filter(state="stale", opened_on__gte="2026-01-01").update(state="closed")


class Migration(migrations.Migration):
    operations = [migrations.RunPython(close_stale), migrations.RunPython(close_recent)]
`;
    const lines = found('support/migrations/0002_close.py', migration);
    assert.deepEqual(lines, ['Ticket.objects.filter(state="stale").update(state="closed")']);
  });

  test('precision: a label no model carries with a name two models share stays unknown', () => {
    const other = MODELS.replace(/db_table = "tickets"/, 'db_table = "tickets_archive"').replace(/class Shop[\s\S]*?(?=class Ticket)/, 'from support.models import Shop\n\n\n');
    const text = 'from django.apps import apps\n\n\ndef count_all():\n    Ticket = apps.get_model("helpdesk", "Ticket")\n    return Ticket.objects.count()\n';
    assert.deepEqual(found('jobs/count.py', text, { 'archive/__init__.py': '', 'archive/models.py': other }), []);
  });
});

describe('helpers running the caller\'s queryset through locals derived from it', () => {
  const HELPERS = `from django.db.models import Count


def charts(tickets, hourly):
    if hourly:
        per_state = tickets.values("state").annotate(n=Count("id"))
        rows = {r["state"]: r["n"] for r in per_state}
    else:
        rows = {}
    latest = tickets.order_by("-id")
    first = latest.first()
    return rows, first


def windowed(tickets, since):
    recent = tickets.filter(opened_on__gte=since)
    return list(recent.values_list("id", flat=True))
`;

  test('each place that runs a derived local is judged in the helper, with the one visible caller\'s queryset', () => {
    const caller = 'from support.models import Ticket\nfrom support.charts import charts, windowed\n\n\ndef view(shop, since):\n    qs = Ticket.objects.filter(shop=shop)\n    return charts(qs, True), windowed(qs, since)\n';
    const lines = found('support/charts.py', HELPERS, { 'support/views.py': caller });
    assert.ok(lines.includes('rows = {r["state"]: r["n"] for r in per_state}'), lines.join('\n'));
    assert.ok(lines.includes('first = latest.first()'), lines.join('\n'));
    // Precision: the helper that bounds the partition key before it runs the query.
    assert.ok(!lines.some((l) => l.includes('recent')), lines.join('\n'));
  });

  test('precision: with two callers, a derived local the helper runs blames neither call', () => {
    const caller = 'from support.models import Ticket\nfrom support.charts import charts\n\n\ndef view(shop):\n    return charts(Ticket.objects.filter(shop=shop), True)\n\n\ndef board(shop):\n    return charts(Ticket.objects.filter(shop=shop, state="open"), False)\n';
    assert.deepEqual(found('support/views.py', caller, { 'support/charts.py': HELPERS }), []);
  });

  test('a derived local handed to a many=True serializer in the helper is evaluated there', () => {
    const helper = `from rest_framework import serializers

from support.models import Ticket


class CardSerializer(serializers.ModelSerializer):
    class Meta:
        model = Ticket
        fields = ("id",)


def board(tickets, since):
    columns = []
    for state in ("open", "closed"):
        cards = tickets.filter(state=state)
        columns.append(CardSerializer(cards[:50], many=True).data)
    recent = tickets.filter(opened_on__gte=since)
    columns.append(CardSerializer(recent, many=True).data)
    return columns
`;
    const caller = 'from support.models import Ticket\nfrom support.board import board\n\n\ndef view(shop, since):\n    return board(Ticket.objects.filter(shop=shop), since)\n';
    const lines = found('support/board.py', helper, { 'support/views.py': caller });
    assert.deepEqual(lines, ['columns.append(CardSerializer(cards[:50], many=True).data)']);
  });

  test('precision: the caller bounding the key makes every place in the helper prune', () => {
    const caller = 'from support.models import Ticket\nfrom support.charts import charts\n\n\ndef view(shop, since):\n    return charts(Ticket.objects.filter(shop=shop, opened_on__gte=since), True)\n';
    assert.deepEqual(found('support/charts.py', HELPERS, { 'support/views.py': caller }), []);
  });
});

describe('rows held by a serializer or on the view, written by primary key', () => {
  const SERIALIZERS = `from rest_framework import serializers

from support.models import Ticket


class TicketSerializer(serializers.ModelSerializer):
    class Meta:
        model = Ticket
        fields = ("state",)


class TicketStateSerializer(TicketSerializer):
    pass
`;
  const VIEWS = `from django.shortcuts import get_object_or_404
from rest_framework.views import APIView

from support.models import Ticket
from support.serializers import TicketSerializer, TicketStateSerializer
from support.services import close_ticket


class TicketView(APIView):
    def load(self, pk):
        return get_object_or_404(Ticket, pk=pk)

    def put(self, request, pk):
        ticket = self.load(pk)
        serializer = TicketStateSerializer(ticket, data=request.data)
        serializer.is_valid(raise_exception=True)
        saved = serializer.save()
        close_ticket(saved)

    def post(self, request):
        serializer = TicketSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        serializer.save()

    def delete(self, request, pk):
        self.ticket = self.load(pk)
        self.ticket.delete()
`;
  const SERVICES = 'from support.models import Shop\n\n\ndef close_ticket(row):\n    row.state = "closed"\n    row.save()\n';
  const others = { 'support/serializers.py': SERIALIZERS, 'support/services.py': SERVICES, 'support/views.py': VIEWS };

  test('a serializer given an instance updates it by primary key; a row kept on self is deleted by primary key', () => {
    const lines = found('support/views.py', VIEWS, others);
    assert.ok(lines.includes('saved = serializer.save()'), lines.join('\n'));
    assert.ok(lines.includes('self.ticket.delete()'), lines.join('\n'));
  });

  test('the row a serializer saved, written again by a service it is handed to', () => {
    assert.deepEqual(found('support/services.py', SERVICES, others), ['row.save()']);
  });

  test('precision: a serializer without an instance inserts', () => {
    const lines = found('support/views.py', VIEWS, others);
    assert.equal(lines.filter((l) => l === 'serializer.save()').length, 0, lines.join('\n'));
  });
});

describe('list views with many optional filters and a model held on the view', () => {
  const filters = (n: number, key: boolean): string => {
    const names = ['state', 'shop_id', 'id', 'state__startswith', 'state__endswith', 'state__icontains'].slice(0, n);
    const ifs = names.map((f) => `        if params.get("${f}"):\n            qs = qs.filter(${f}=params.get("${f}"))\n`).join('');
    return `from rest_framework.response import Response
from rest_framework.views import APIView

from support.models import Ticket


class TicketList(APIView):
    model = Ticket

    def get(self, request):
        params = request.query_params
        qs = self.model.objects.filter(${key ? 'opened_on__gte=params["since"]' : 'state="open"'})
${ifs}        return Response({"count": qs.count()})
`;
  };

  test('six optional request filters: every path is judged, at the statement that runs the query', () => {
    assert.deepEqual(found('support/list.py', filters(6, false)), ['return Response({"count": qs.count()})']);
  });

  test('precision: the partition key bound before the optional filters prunes on every path', () => {
    assert.deepEqual(found('support/list.py', filters(6, true)), []);
  });
});

describe('a row bound on several paths', () => {
  const task = (created: string): string => `from django.core.cache import cache

from support.models import Ticket


def touch(shop, key, state):
    ticket = None
    if cache.get(key) is not None:
        ticket = Ticket.objects.filter(pk=cache.get(key), shop=shop).first()
    if ticket is None:
        ticket = ${created}
    else:
        ticket.state = state
        ticket.save()
    return ticket
`;

  test('a row a finder gave on one path and a created row on the other: save() writes it by primary key', () => {
    const lines = found('support/tasks.py', task('Ticket.objects.create(shop=shop, state=state, opened_on="2026-01-02")'));
    assert.ok(lines.includes('ticket.save()'), lines.join('\n'));
  });

  test('precision: a path that binds something other than a row of that model stays silent', () => {
    const lines = found('support/tasks.py', task('make_ticket(shop, state)'));
    assert.ok(!lines.includes('ticket.save()'), lines.join('\n'));
  });
});

const MANAGED = `from django.db import models


class TicketManager(models.Manager):
    def stale(self):
        return self.filter(state="stale")

    def this_month(self):
        return self.filter(opened_on__gte="2026-01-01")


class Shop(models.Model):
    class Meta:
        db_table = "shops"


class Ticket(models.Model):
    shop = models.ForeignKey(Shop, on_delete=models.DO_NOTHING, related_name="tickets")
    state = models.TextField()
    opened_on = models.DateTimeField()
    objects = TicketManager()

    class Meta:
        db_table = "tickets"
`;

describe('manager methods picked from a dictionary', () => {
  test('each method of the dictionary (and the get() default) is a path: reported where the pick runs when one scans', () => {
    const view = `from support.models import Ticket

LISTS = {"stale": Ticket.objects.stale, "month": Ticket.objects.this_month}
RECENT = {"month": Ticket.objects.this_month}


def tickets(request):
    picked = LISTS.get(request.GET.get("list"), Ticket.objects.all)()
    return list(picked.filter(shop_id=request.shop_id))


def recent(request):
    return RECENT[request.GET["list"]]().count()
`;
    assert.deepEqual(found('support/views.py', view, { 'support/models.py': MANAGED }), ['return list(picked.filter(shop_id=request.shop_id))']);
  });
});
