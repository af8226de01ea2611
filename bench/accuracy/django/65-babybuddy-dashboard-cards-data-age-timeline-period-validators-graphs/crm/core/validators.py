from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _


def validate_unique_period(queryset, instance, start, end):
    """
    Confirm that an entry's period does not intersect other entries of the same kind.
    :param queryset: a queryset of entries to check against.
    :param instance: the entry being saved (excluded when it already exists).
    """
    if instance.id:
        queryset = queryset.exclude(id=instance.id)
    if start and end:
        conflicting = queryset.filter(created_at__lt=end, created_at__gt=start).first()  # expect: prunes [dj65a] cross
        if conflicting:
            url = reverse("core:feeding-update", args=[conflicting.id])
            raise ValidationError(
                mark_safe(f'{_("Another entry intersects the specified time period.")} <a href="{url}">{conflicting}</a>'),
                code="period_intersection",
            )
