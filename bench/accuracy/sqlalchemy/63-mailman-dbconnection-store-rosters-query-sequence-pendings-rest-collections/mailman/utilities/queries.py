from collections.abc import Sequence


class QuerySequence(Sequence):
    """A read-only sequence over a query, for the REST collections."""

    def __init__(self, query=None):
        super().__init__()
        self._query = query

    def __len__(self):
        return 0 if self._query is None else self._query.count()  # expect: scans-all [sa63f] cross

    def __getitem__(self, index):
        if self._query is None:
            raise IndexError("index out of range")
        return self._query[index]  # expect: scans-all [sa63g] cross
