from mailman.config import config


class CollectionMixin:
    """Paged JSON collections: the subclass gives the collection and how one entry looks."""

    def _get_collection(self, request):
        raise NotImplementedError

    def _resource_as_dict(self, resource):
        raise NotImplementedError

    def _make_collection(self, request):
        collection = self._get_collection(request)
        count = len(collection)
        count_per_page = int(request.get_param("count", default=50))
        page = int(request.get_param("page", default=1))
        start = (page - 1) * count_per_page
        entries = [self._resource_as_dict(entry) for entry in collection[start : start + count_per_page]]
        return {"total_size": count, "start": start, "entries": entries}


class TransactionMiddleware:
    """Commit the store after every request that did not fail."""

    def process_response(self, request, response, resource, req_succeeded):
        if req_succeeded:
            config.db.commit()  # expect: prunes [sa63s] cross
        else:
            config.db.abort()
