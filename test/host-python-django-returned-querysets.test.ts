// A public function no visible code calls returns its queryset to code we cannot see (a template
// filter or tag, a callback): judged where it is built. A function ending in `if`/`elif`/`else`
// arms that each return is judged per arm (an arm returning `.none()` sends nothing). Precision:
// an arm filtered on the key, a function with a visible caller, and an arm that falls through
// stay silent. `audit_entries` is RANGE partitioned by `logged_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE audit_entries (id bigint NOT NULL, actor_id bigint, logged_at timestamptz NOT NULL) PARTITION BY RANGE (logged_at);
`;

const MODELS = `
from django.db import models


class AuditEntry(models.Model):
    actor_id = models.BigIntegerField()
    logged_at = models.DateTimeField()

    class Meta:
        db_table = "audit_entries"
`;

const TAGS = `
from django import template

from audit.models import AuditEntry

register = template.Library()


@register.filter(name="recent_entries")
def recent_entries(user):
    if user.is_superuser:
        return AuditEntry.objects.all()[:5]
    elif user.is_staff:
        return AuditEntry.objects.filter(logged_at__gte=user.last_login)[:5]
    else:
        return AuditEntry.objects.none()


@register.simple_tag
def entries_of(user):
    if user.is_staff:
        return AuditEntry.objects.filter(actor_id=user.pk)
    if user.is_superuser:
        return AuditEntry.objects.all()


@register.simple_tag
def called_entries(user):
    if user.is_staff:
        return AuditEntry.objects.filter(actor_id=user.pk)
    return AuditEntry.objects.none()


def show(user):
    return list(called_entries(user))
`;

const { findings } = pythonAppSuite(DDL);

void test('each arm of a trailing if/elif/else returning a queryset to a template is judged on its own', () => {
  const files = { 'audit/__init__.py': '', 'audit/models.py': MODELS, 'audit/templatetags/audit_tags.py': TAGS };
  assert.deepEqual(findings(files, 'audit/templatetags/audit_tags.py'), [
    'return AuditEntry.objects.all()[:5]',
    'return list(called_entries(user))',
  ]);
});
