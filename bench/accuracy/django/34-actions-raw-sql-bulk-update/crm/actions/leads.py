from django.db import connection, transaction

from crm.lib.queries import COUNT_BY_USER_SQL, MARK_SEEN_SQL, has_outputs_since
from crm.models import Lead


@transaction.atomic(durable=True)
def do_mark_leads_seen(user, since):
    with connection.cursor() as cursor:
        cursor.execute(MARK_SEEN_SQL, {"status": "seen", "user_id": user.id, "since": since})  # expect: prunes [dj34a] cross
        return cursor.rowcount


def count_user_leads(user):
    with connection.cursor() as cursor:
        cursor.execute(COUNT_BY_USER_SQL, [user.id])  # expect: scans-all [dj34b] cross
        return cursor.fetchone()[0]


@transaction.atomic
def do_rename_company(user, since, old, new):
    leads = list(Lead.objects.filter(user=user, created_at__gte=since, company=old))  # expect: prunes [dj34c]
    for lead in leads:
        lead.company = new
    Lead.objects.bulk_update(leads, ["company"], batch_size=500)  # expect: scans-all [dj34d]


def bulk_get_leads(lead_ids):
    return {lead.id: lead for lead in Lead.objects.filter(id__in=lead_ids)}  # expect: scans-all [dj34e]


def active_leads(user, since):
    return list(Lead.objects.filter(user=user, created_at__gte=since).filter(has_outputs_since(since)))  # expect: prunes [dj34f] cross
