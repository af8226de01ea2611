from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from crm.core.permissions import PERMISSION_CONSTRAINTS, qs_filter_from_constraints


def count_related(model, field, *, filter_dict=None, manager_name="objects"):
    """A Subquery counting the `model` rows whose `field` points at the outer row."""
    filters = {field: OuterRef("pk")}
    if filter_dict:
        filters.update(filter_dict)
    manager = getattr(model, manager_name)
    qs = manager.filter(**filters).order_by().values(field).annotate(c=Count("*")).values("c")
    return Coalesce(Subquery(qs), 0)


class CompositeKeyQuerySetMixin:
    """`filter(composite_key="a;b")`: the natural-key fields of the model, joined by `;`."""

    def split_composite_key_into_kwargs(self, composite_key=None, **kwargs):
        if composite_key and isinstance(composite_key, str):
            values = composite_key.split(";")
            return {**self.model.natural_key_args_to_kwargs(values), **kwargs}
        return kwargs

    def filter(self, *args, composite_key=None, **kwargs):
        return super().filter(*args, **self.split_composite_key_into_kwargs(composite_key, **kwargs))

    def exclude(self, *args, composite_key=None, **kwargs):
        return super().exclude(*args, **self.split_composite_key_into_kwargs(composite_key, **kwargs))


class RestrictedQuerySet(CompositeKeyQuerySetMixin, QuerySet):
    def restrict(self, user, action="view"):
        """Only the objects on which `user` holds the `action` permission."""
        permission_required = f"{self.model._meta.app_label}.{action}_{self.model._meta.model_name}"
        if user.is_superuser:
            return self.all()
        if not user.is_authenticated or permission_required not in PERMISSION_CONSTRAINTS:
            return self.none()
        attrs = qs_filter_from_constraints(PERMISSION_CONSTRAINTS[permission_required], {"$user": user})
        if attrs:
            # A subquery avoids duplicate rows when constraints span many-to-many joins.
            inner_qs = self.model._default_manager.filter(attrs)
            return self.filter(pk__in=inner_qs.values("pk"))
        return self.all()
