from math import ceil


class Pagination:
    def __init__(self, page, per_page, total_count):
        self.page = int(page)
        self.per_page = int(per_page)
        self.total_count = int(total_count)

    @property
    def pages(self):
        return int(ceil(self.total_count / float(self.per_page)))
