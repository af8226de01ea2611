from datetime import timedelta

from django.utils import timezone

CLOSED_STATUS = "closed"
RESOLVED_STATUS = "resolved"
DUPLICATE_STATUS = "duplicate"
OPEN_STATUSES = ["open", "reopened"]
CUSTOMFIELD_DATE_FORMAT = "%Y-%m-%d"


def date_rel_to_today(today, offset):
    return today - timedelta(days=offset)


def sort_string(begin, end):
    return "sort=created_at&date_from=%s&date_to=%s" % (begin, end)


def calc_average_nbr_days_until_ticket_resolved(tickets):
    days = [(timezone.now() - t.created_at).days for t in tickets]
    return sum(days) / len(days) if days else 0


def calc_basic_ticket_stats(tickets):
    # Every ticket not closed (open, reopened, resolved) of the caller's queues.
    all_open_tickets = tickets.exclude(status=CLOSED_STATUS)
    today = timezone.now()

    date_30 = date_rel_to_today(today, 30)
    date_60 = date_rel_to_today(today, 60)
    date_30_str = date_30.strftime(CUSTOMFIELD_DATE_FORMAT)
    date_60_str = date_60.strftime(CUSTOMFIELD_DATE_FORMAT)

    ota_le_30 = all_open_tickets.filter(created_at__gte=date_30_str)
    n_ota_le_30 = len(ota_le_30)  # expect: prunes [dj59a] cross

    ota_le_60_ge_30 = all_open_tickets.filter(created_at__gte=date_60_str, created_at__lte=date_30_str)
    n_ota_le_60_ge_30 = len(ota_le_60_ge_30)  # expect: prunes [dj59b] cross

    ota_ge_60 = all_open_tickets.filter(created_at__lte=date_60_str)
    n_ota_ge_60 = len(ota_ge_60)  # expect: prunes [dj59c] cross

    ots = [
        ["Tickets < 30 days", n_ota_le_30, sort_string(date_30_str, "")],
        ["Tickets 30 - 60 days", n_ota_le_60_ge_30, sort_string(date_60_str, date_30_str)],
        ["Tickets > 60 days", n_ota_ge_60, sort_string("", date_60_str)],
    ]

    all_closed_tickets = tickets.filter(status=CLOSED_STATUS)
    closed = list(all_closed_tickets)  # expect: scans-all [dj59d] cross
    average_closed = calc_average_nbr_days_until_ticket_resolved(closed)
    all_closed_last_60_days = all_closed_tickets.filter(created_at__gte=date_60_str)
    closed_60 = list(all_closed_last_60_days)  # expect: prunes [dj59e] cross
    average_closed_60 = calc_average_nbr_days_until_ticket_resolved(closed_60)

    return {
        "average_nbr_days_until_ticket_closed": average_closed,
        "average_nbr_days_until_ticket_closed_last_60_days": average_closed_60,
        "open_ticket_stats": ots,
    }
