import re

from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe

from crm.models import Lead

register = template.Library()


def num_to_link(text):
    if text == "":
        return text
    matches = [m for m in re.finditer(r"(?:[^&]|\b|^)#(\d+)\b", text)]
    for match in reversed(matches):
        number = match.groups()[0]
        try:
            ticket = Lead.objects.get(id=number)  # expect: scans-all [dj59I]
        except Lead.DoesNotExist:
            ticket = None
        if ticket:
            url = reverse("helpdesk:view", args=[number])
            text = "%s<a href='%s'>#%s</a>%s" % (text[:match.start() + 1], url, number, text[match.end():])
    return mark_safe(text)


register.filter(num_to_link)
