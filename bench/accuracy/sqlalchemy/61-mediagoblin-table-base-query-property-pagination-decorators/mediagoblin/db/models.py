from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text
from sqlalchemy.orm import relationship

from mediagoblin.db.base import Base


class User(Base):
    __tablename__ = "users"

    id = Column(BigInteger, primary_key=True)
    email = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)


class Collection(Base):
    """A collection of media, owned by one actor (user_id); name is its slug."""

    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)


class MediaEntry(Base):
    """A media entry: user_id is the uploader, company the slug, email the media type, status the state."""

    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="unprocessed")
    created_at = Column(DateTime(timezone=True), primary_key=True)

    def all_comments(self):
        return MediaComment.query.filter_by(lead_id=self.id, kind="comment")

    def get_comments(self, ascending=False):
        order_col = MediaComment.created_at
        if not ascending:
            order_col = order_col.desc()
        return self.all_comments().order_by(order_col)

    def url_to_prev(self, urlgen):
        media = (
            MediaEntry.query.filter(
                (MediaEntry.user_id == self.user_id) & (MediaEntry.status == "processed") & (MediaEntry.id > self.id)
            )
            .order_by(MediaEntry.id)
            .first()
        )  # expect: scans-all [sa61j]
        if media is not None:
            return urlgen("mediagoblin.user_pages.media_home", user=self.user_id, media=media.company)

    def url_to_next(self, urlgen):
        media = (
            MediaEntry.query.filter(
                (MediaEntry.user_id == self.user_id) & (MediaEntry.status == "processed") & (MediaEntry.id < self.id)
            )
            .order_by(MediaEntry.id.desc())
            .first()
        )  # expect: scans-all [sa61k]
        if media is not None:
            return urlgen("mediagoblin.user_pages.media_home", user=self.user_id, media=media.company)

    def delete(self, **kwargs):
        # Comments go first: they point at the entry.
        for comment in self.get_comments():  # expect: scans-all [sa61i] cross
            comment.delete(commit=False)
        super().delete(**kwargs)


class MediaComment(Base):
    """A comment on a media entry, or a notification about one (kind "notification", body the user's id)."""

    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)

    get_entry = relationship("MediaEntry", primaryjoin="foreign(MediaComment.lead_id) == MediaEntry.id", viewonly=True)
