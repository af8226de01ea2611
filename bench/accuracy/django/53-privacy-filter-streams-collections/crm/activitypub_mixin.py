"""Serialise a model's queryset as an ActivityPub ordered collection."""
from urllib.parse import urlencode

PAGE_LIMIT = 20


class OrderedCollectionMixin:
    """Extends models whose activity is a collection of another model's rows."""

    @property
    def collection_queryset(self):
        raise NotImplementedError("Model must define collection_queryset")

    def page(self, min_id=None, max_id=None):
        params = {"page": "true"}
        if min_id:
            params["min_id"] = min_id
        if max_id:
            params["max_id"] = max_id
        return "?%s" % urlencode(params)

    def to_activity(self, page=False, **kwargs):
        return self.to_ordered_collection(self.collection_queryset, page=page, **kwargs)

    def to_ordered_collection(self, queryset, page=False, **kwargs):
        if page:
            return self.to_ordered_collection_page(queryset, **kwargs)
        size = queryset.count()  # expect: scans-all [dj53a] cross
        return {"type": "OrderedCollection", "totalItems": size, "first": self.page()}

    def to_ordered_collection_page(self, queryset, min_id=None, max_id=None):
        filters = {}
        if min_id is not None:
            filters["id__gt"] = min_id
        if max_id is not None:
            filters["id__lte"] = max_id
        items = queryset.filter(**filters).all()[:PAGE_LIMIT]
        return {"type": "OrderedCollectionPage", "orderedItems": [item.id for item in items]}  # expect: scans-all [dj53b] cross
