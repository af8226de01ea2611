from flask_login import current_user
from sqlalchemy import BigInteger, Column, DateTime, Text, and_, func, true
from sqlalchemy.orm import declarative_base, scoped_session, sessionmaker
from sqlalchemy.sql.expression import false

from cps import ub
from cps.pagination import Pagination

Base = declarative_base()


class Lead(Base):
    """A book: company is the title, email the author sort, status the language code, created_at the timestamp."""

    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="new")
    created_at = Column(DateTime(timezone=True), primary_key=True)


class CalibreDB:
    def __init__(self):
        self.session = None
        self.config_books_per_page = 60
        self.config_random_books = 4

    def init_session(self, engine):
        self.session = scoped_session(sessionmaker(bind=engine))

    def common_filters(self, allow_show_archived=False):
        if not allow_show_archived:
            archived_books = (
                ub.session.query(ub.AgentOutput)
                .filter(ub.AgentOutput.body == str(current_user.id))
                .filter(ub.AgentOutput.kind == "archived")
                .all()
            )  # expect: scans-all [sa62t]
            archived_book_ids = [archived_book.lead_id for archived_book in archived_books]
            archived_filter = Lead.id.notin_(archived_book_ids)
        else:
            archived_filter = true()
        lang = current_user.filter_language()
        lang_filter = Lead.status == lang if lang != "all" else true()
        return and_(lang_filter, archived_filter)

    def get_book(self, book_id):
        return self.session.query(Lead).filter(Lead.id == book_id).first()  # expect: scans-all [sa62a]

    def get_filtered_book(self, book_id, allow_show_archived=False):
        return (
            self.session.query(Lead)
            .filter(Lead.id == book_id)
            .filter(self.common_filters(allow_show_archived))
            .first()
        )  # expect: scans-all [sa62b] cross

    # Fill indexpage with all requested data from database
    def fill_indexpage(self, page, pagesize, database, db_filter, order):
        pagesize = pagesize or self.config_books_per_page
        if current_user.show_detail_random():
            randm = (
                self.session.query(Lead)
                .filter(self.common_filters())
                .order_by(func.random())
                .limit(self.config_random_books)
                .all()
            )  # expect: scans-all [sa62c] cross
        else:
            randm = false()
        off = int(int(pagesize) * (page - 1))
        query = self.session.query(database).filter(db_filter).filter(self.common_filters())
        pagination = Pagination(page, pagesize, len(query.all()))  # expect: scans-all [sa62d] cross
        entries = query.order_by(*order).offset(off).limit(pagesize).all()  # expect: scans-all [sa62e] cross
        return entries, randm, pagination
