from collections.abc import Callable

from sqlalchemy import asc, desc, func, select
from sqlalchemy.orm import Session

from app.extensions.ext_database import db
from app.libs.infinite_scroll_pagination import InfiniteScrollPagination
from app.models.model import Campaign, Lead
from app.services.errors import ConversationNotExistsError, LastConversationNotExistsError


class ConversationService:
    @classmethod
    def pagination_by_last_id(
        cls,
        *,
        session: Session,
        app_model: Campaign,
        user,
        last_id: int | None,
        limit: int,
        sort_by: str = "-created_at",
    ) -> InfiniteScrollPagination:
        if not user:
            return InfiniteScrollPagination(data=[], limit=limit, has_more=False)

        stmt = select(Lead).where(
            Lead.campaign_id == app_model.id,
            Lead.user_id == user.id,
            Lead.status != "deleted",
        )

        sort_field, sort_direction = cls._get_sort_params(sort_by)

        if last_id:
            last_conversation = session.scalar(stmt.where(Lead.id == last_id))  # expect: scans-all [sa52b]
            if not last_conversation:
                raise LastConversationNotExistsError()
            filter_condition = cls._build_filter_condition(
                sort_field=sort_field,
                sort_direction=sort_direction,
                reference_conversation=last_conversation,
            )
            stmt = stmt.where(filter_condition)

        query_stmt = stmt.order_by(sort_direction(getattr(Lead, sort_field))).limit(limit)
        conversations = session.scalars(query_stmt).all()  # expect: scans-all [sa52c]

        has_more = False
        if len(conversations) == limit:
            rest_filter_condition = cls._build_filter_condition(
                sort_field=sort_field,
                sort_direction=sort_direction,
                reference_conversation=conversations[-1],
            )
            count_stmt = select(func.count()).select_from(stmt.where(rest_filter_condition).subquery())
            rest_count = session.scalar(count_stmt) or 0  # expect: prunes [sa52d] cross
            has_more = rest_count > 0

        return InfiniteScrollPagination(data=conversations, limit=limit, has_more=has_more)

    @classmethod
    def _get_sort_params(cls, sort_by: str):
        if sort_by.startswith("-"):
            return sort_by[1:], desc
        return sort_by, asc

    @classmethod
    def _build_filter_condition(cls, sort_field: str, sort_direction: Callable, reference_conversation: Lead):
        field_value = getattr(reference_conversation, sort_field)
        if sort_direction == desc:
            return getattr(Lead, sort_field) < field_value
        return getattr(Lead, sort_field) > field_value

    @classmethod
    def get_conversation(cls, app_model: Campaign, conversation_id: int, user):
        conversation = (
            db.session.query(Lead)
            .where(
                Lead.id == conversation_id,
                Lead.campaign_id == app_model.id,
                Lead.user_id == user.id,
                Lead.status != "deleted",
            )
            .first()  # expect: scans-all [sa52e]
        )
        if not conversation:
            raise ConversationNotExistsError()
        return conversation

    @classmethod
    def rename(cls, app_model: Campaign, conversation_id: int, user, name: str):
        conversation = cls.get_conversation(app_model, conversation_id, user)
        conversation.company = name
        db.session.commit()  # expect: prunes [sa52f] cross
        return conversation

    @classmethod
    def delete(cls, app_model: Campaign, conversation_id: int, user):
        conversation = cls.get_conversation(app_model, conversation_id, user)
        conversation.status = "deleted"
        db.session.commit()  # expect: prunes [sa52r] cross
