from django import template

register = template.Library()


@register.simple_tag
def email_count(lead):
    return lead.outputs.filter(kind="email").count()  # expect: scans-all [dj36e]
