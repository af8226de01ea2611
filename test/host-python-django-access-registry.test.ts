// Querysets from a registry of per-model access classes (AWX: `get_user_queryset(user, Model)` →
// `access_registry[Model](user).get_queryset()`, filled by `register_access(Model, ModelAccess)`),
// and `get_object_or_404(self.<attr>, …)` in a generic base view whose subclasses name the model.
// Each has its silent neighbour: a registered class filtering by the partition key, a key known
// only at run time, a key registered to two classes, the key given to the shortcut.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkApp, pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE shops (id bigint PRIMARY KEY);
CREATE TABLE tickets (id bigint NOT NULL, shop_id bigint NOT NULL, state text NOT NULL, opened_on timestamptz NOT NULL) PARTITION BY RANGE (opened_on);
CREATE TABLE tickets_2026_01 PARTITION OF tickets FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE notes (id bigint NOT NULL, body text NOT NULL, written_on timestamptz NOT NULL) PARTITION BY RANGE (written_on);
CREATE TABLE notes_2026_01 PARTITION OF notes FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
`;

const MODELS = `from django.db import models


class Shop(models.Model):
    class Meta:
        db_table = "shops"


class Ticket(models.Model):
    shop = models.ForeignKey(Shop, on_delete=models.DO_NOTHING)
    state = models.TextField()
    opened_on = models.DateTimeField()

    class Meta:
        db_table = "tickets"


class Note(models.Model):
    body = models.TextField()
    written_on = models.DateTimeField()

    class Meta:
        db_table = "notes"
`;

const PERMISSIONS = `from support.models import Note, Shop, Ticket

_policies = {}


def add_policy(model, policy):
    _policies[model] = policy


def visible(actor, model):
    return _policies[model](actor).scope()


class Policy:
    model = None

    def __init__(self, actor):
        self.actor = actor

    def scope(self):
        return self.model.objects.all()


class TicketPolicy(Policy):
    model = Ticket


class NotePolicy(Policy):
    model = Note

    def scope(self):
        return self.model.objects.filter(written_on__gte="2026-01-01")


class ShopPolicy(Policy):
    model = Shop


class OtherShopPolicy(Policy):
    model = Ticket


add_policy(Ticket, TicketPolicy)
add_policy(Note, NotePolicy)
add_policy(Shop, OtherShopPolicy)
add_policy(Shop, ShopPolicy)
`;

const { catalog } = pythonAppSuite(DDL);

/** The source lines of the findings of `file`, checked in an app of the models, the policies and `others`. */
function found(file: string, text: string, others: Record<string, string> = {}): string[] {
  const files: Record<string, string> = { 'support/__init__.py': '', 'support/models.py': MODELS, 'support/permissions.py': PERMISSIONS, ...others, [file]: text };
  const r = checkApp(catalog(), files, file);
  return r.findings.map((f) => text.slice(text.lastIndexOf('\n', f.start - 1) + 1, text.indexOf('\n', f.start)).trim());
}

const VIEWS = `from support.models import Note, Shop, Ticket
from support.permissions import visible


def ticket_count(request):
    return visible(request.user, Ticket).filter(state="open").count()


def note_count(request):
    return visible(request.user, Note).filter(body="x").count()


def shop_tickets(request):
    return visible(request.user, Shop).count()


def any_count(request, model):
    return visible(request.user, model).count()
`;

describe('querysets from a registry of access classes', () => {
  test('the class registered for the model the caller names runs its base scope()', () => {
    const lines = found('support/views.py', VIEWS);
    assert.ok(lines.includes('return visible(request.user, Ticket).filter(state="open").count()'), lines.join('\n'));
  });

  test('precision: a class scoping by the key, a key registered twice, a key known at run time stay silent', () => {
    const lines = found('support/views.py', VIEWS);
    assert.ok(!lines.some((l) => l.includes('Note)')), lines.join('\n'));
    assert.ok(!lines.some((l) => l.includes('Shop)')), lines.join('\n'));
    assert.ok(!lines.some((l) => l.includes('model)')), lines.join('\n'));
  });
});

const BASE_VIEWS = `from django.shortcuts import get_object_or_404

from support.models import Ticket


class DetailBaseView:
    target_model = None

    def __init__(self, request, **kwargs):
        self.request = request
        self.kwargs = kwargs

    def target(self):
        return get_object_or_404(self.target_model, pk=self.kwargs["pk"])

    def dated_target(self):
        return get_object_or_404(self.target_model, pk=self.kwargs["pk"], opened_on=self.kwargs["on"])


class TicketCloseView(DetailBaseView):
    target_model = Ticket

    def post(self):
        return self.target().state
`;

describe('get_object_or_404 on a model a view subclass names', () => {
  test('a base view method reading the class attribute its view subclasses set', () => {
    const lines = found('support/base_views.py', BASE_VIEWS);
    assert.ok(lines.includes('return get_object_or_404(self.target_model, pk=self.kwargs["pk"])'), lines.join('\n'));
  });

  test('precision: the partition key given, or no view subclass setting the attribute, stays silent', () => {
    const lines = found('support/base_views.py', BASE_VIEWS);
    assert.ok(!lines.some((l) => l.includes('opened_on=')), lines.join('\n'));
    const unset = BASE_VIEWS.replace('    target_model = Ticket\n', '');
    assert.deepEqual(found('support/base_views.py', unset).filter((l) => l.includes('target_model')), []);
  });
});

// Round nineteen: the helper reached through a pass-through layer (`def visible_to(actor, model):
// return visible(actor, model)`): the registry key is the outer caller's argument.
const WRAPPED_VIEWS = `from support.models import Note, Ticket
from support.permissions import visible


def visible_to(actor, model):
    return visible(actor, model)


def ticket_count(request):
    return visible_to(request.user, Ticket).filter(state="open").count()


def note_count(request):
    return visible_to(request.user, Note).filter(body="x").count()
`;

describe('a registry key handed on by a pass-through caller', () => {
  test("the outer caller's class picks the registered class (a key-scoping class stays silent)", () => {
    const r = checkApp(catalog(), { 'support/__init__.py': '', 'support/models.py': MODELS, 'support/permissions.py': PERMISSIONS, 'support/views.py': WRAPPED_VIEWS }, 'support/views.py');
    assert.deepEqual(
      r.findings.map((f) => [WRAPPED_VIEWS.slice(f.start, f.end), WRAPPED_VIEWS.slice(0, f.start).split('\n').length - 1]),
      [['visible_to', 9]],
    );
  });
});
