import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404

from crm.models import Campaign


def get_display_dates(year, month, day):
    if day is None:
        start_day = 1
    else:
        start_day = int(day)
    begin_date = datetime.datetime(int(year), int(month), start_day, tzinfo=datetime.timezone.utc)
    if day is None:
        end_date = (begin_date + datetime.timedelta(days=32)).replace(day=1)
    else:
        end_date = begin_date + datetime.timedelta(days=1)
    return begin_date, end_date


def get_mlist_or_404(mlist_fqdn):
    return get_object_or_404(Campaign, name=mlist_fqdn)  # expect: scans-all [dj60g]


def check_mlist_private(user, mlist):
    if mlist.archived and not user.is_staff:
        raise Http404("private list")


def paginate(objects, page_num, max_page_range=10):
    page_num = int(page_num or 1)
    return objects[(page_num - 1) * max_page_range:page_num * max_page_range]
