from django.core.cache import cache

from crm.models import User


def get_household_user_ids(user):
    """The ids of the users sharing the household of `user` (cached for five minutes)."""
    if user is None:
        return []
    cache_key = f"household_user_ids_{user.pk}"
    ids = cache.get(cache_key)
    if ids is None:
        domain = user.email.split("@")[-1]
        ids = list(User.objects.filter(email__endswith="@" + domain).values_list("id", flat=True))
        cache.set(cache_key, ids, 300)
    return ids
