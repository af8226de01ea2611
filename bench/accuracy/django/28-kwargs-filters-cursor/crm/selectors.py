import operator
from functools import reduce

from django.db import connection
from django.db.models import Q

from crm.models import Lead


def lead_list(*, user, status=None, since=None):
    filters = {"user": user}
    if status:
        filters["status"] = status
    if since:
        filters["created_at__gte"] = since
    return list(Lead.objects.filter(**filters).order_by("-id")[:100])  # expect: scans-all [dj28a]


def lead_window(*, user, start, end, status=None):
    filters = {"user": user, "created_at__gte": start, "created_at__lt": end}
    if status:
        filters["status"] = status
    return list(Lead.objects.filter(**filters))  # expect: prunes [dj28b]


def search(terms, since):
    query = reduce(operator.or_, (Q(company__icontains=t) | Q(email__icontains=t) for t in terms))
    return list(Lead.objects.filter(query, created_at__gte=since))  # expect: prunes [dj28c]


def search_everywhere(terms):
    query = reduce(operator.or_, (Q(company__icontains=t) for t in terms))
    return list(Lead.objects.filter(query))  # expect: scans-all [dj28d]


def company_totals(user_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT company, count(*) FROM leads WHERE user_id = %s GROUP BY company", [user_id])  # expect: scans-all [dj28e]
        return cursor.fetchall()
