from app.extensions.ext_database import db
from app.libs.infinite_scroll_pagination import InfiniteScrollPagination
from app.models.model import AgentOutput, Campaign, Lead
from app.services.conversation_service import ConversationService
from app.services.errors import FirstMessageNotExistsError, MessageNotExistsError


class MessageService:
    @classmethod
    def pagination_by_first_id(cls, app_model: Campaign, user, conversation_id: int, first_id: int | None, limit: int):
        if not user or not conversation_id:
            return InfiniteScrollPagination(data=[], limit=limit, has_more=False)

        conversation = ConversationService.get_conversation(app_model=app_model, user=user, conversation_id=conversation_id)
        fetch_limit = limit + 1

        if first_id:
            first_message = (
                db.session.query(AgentOutput)
                .where(AgentOutput.lead_id == conversation.id, AgentOutput.id == first_id)
                .first()  # expect: scans-all [sa52g]
            )
            if not first_message:
                raise FirstMessageNotExistsError()
            history_messages = (
                db.session.query(AgentOutput)
                .where(
                    AgentOutput.lead_id == conversation.id,
                    AgentOutput.created_at < first_message.created_at,
                    AgentOutput.id != first_message.id,
                )
                .order_by(AgentOutput.created_at.desc())
                .limit(fetch_limit)
                .all()  # expect: prunes [sa52h]
            )
        else:
            history_messages = (
                db.session.query(AgentOutput)
                .where(AgentOutput.lead_id == conversation.id)
                .order_by(AgentOutput.created_at.desc())
                .limit(fetch_limit)
                .all()  # expect: scans-all [sa52i]
            )

        has_more = len(history_messages) > limit
        history_messages = list(reversed(history_messages[:limit]))
        return InfiniteScrollPagination(data=history_messages, limit=limit, has_more=has_more)

    @classmethod
    def get_message(cls, app_model: Campaign, user, message_id: int):
        message = (
            db.session.query(AgentOutput)
            .join(Lead, Lead.id == AgentOutput.lead_id)
            .where(AgentOutput.id == message_id, Lead.campaign_id == app_model.id, Lead.user_id == user.id)
            .first()  # expect: scans-all [sa52q]
        )
        if not message:
            raise MessageNotExistsError()
        return message

    @classmethod
    def create_feedback(cls, app_model: Campaign, message_id: int, user, rating: str):
        message = cls.get_message(app_model=app_model, user=user, message_id=message_id)
        message.kind = "feedback-" + rating
        db.session.commit()  # expect: prunes [sa52p] cross
        return message
