import paginate
import paginate_sqlalchemy
import sqlalchemy.orm


class Page(paginate.Page):
    """The pager of every list: SQLAlchemy queries are wrapped so the library counts and slices them."""

    def __init__(self, collection, page=1, items_per_page=20, item_count=None, **kwargs):
        if isinstance(collection, sqlalchemy.orm.query.Query):
            collection = paginate_sqlalchemy.SqlalchemyOrmWrapper(collection)
        paginate.Page.__init__(self, collection, page=page, items_per_page=items_per_page, item_count=item_count, url_maker=lambda p: "?page=%s" % p, **kwargs)
