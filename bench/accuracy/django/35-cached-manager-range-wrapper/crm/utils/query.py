class RangeQuerySetWrapper:
    """Iterates a large queryset in primary-key order, one bounded chunk at a time."""

    def __init__(self, queryset, step=1000):
        self.queryset = queryset
        self.step = step

    def __iter__(self):
        last = None
        while True:
            qs = self.queryset.order_by("pk")
            if last is not None:
                qs = qs.filter(pk__gt=last)
            chunk = list(qs[: self.step])  # expect-also: [dj35a]
            if not chunk:
                return
            yield from chunk
            last = chunk[-1].pk
