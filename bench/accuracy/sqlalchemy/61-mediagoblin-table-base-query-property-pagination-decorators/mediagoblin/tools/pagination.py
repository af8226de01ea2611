from math import ceil

PAGINATION_DEFAULT_PER_PAGE = 30


class Pagination:
    def __init__(self, page, cursor, per_page=PAGINATION_DEFAULT_PER_PAGE):
        self.page = page
        self.per_page = per_page
        self.cursor = cursor
        self.total_count = self.cursor.count()  # expect: scans-all [sa61a] cross

    def __call__(self):
        return self.cursor.slice((self.page - 1) * self.per_page, self.page * self.per_page).all()  # expect: scans-all [sa61b] cross

    @property
    def pages(self):
        return int(ceil(self.total_count / float(self.per_page)))
