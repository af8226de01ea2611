from django.db.models import Q


def privacy_level_query(user, lookup_field="kind"):
    if user.is_anonymous:
        return Q(**{lookup_field: "everyone"})
    return Q(**{"{}__in".format(lookup_field): ["instance", "everyone"]}) | Q(body=user.email)
