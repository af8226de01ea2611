from datetime import datetime, timezone

from flask_login import current_user
from flask_restx import Resource, reqparse
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.controllers.console.app.wraps import get_app_model
from app.extensions.ext_database import db
from app.models.model import Campaign, Lead
from app.services.conversation_service import ConversationService


class ChatConversationApi(Resource):
    @get_app_model
    def get(self, app_model: Campaign):
        parser = reqparse.RequestParser()
        parser.add_argument("keyword", type=str, location="args")
        parser.add_argument("start", type=str, location="args")
        parser.add_argument("end", type=str, location="args")
        parser.add_argument("page", type=int, default=1, location="args")
        parser.add_argument("limit", type=int, default=20, location="args")
        args = parser.parse_args()

        query = select(Lead).where(Lead.campaign_id == app_model.id)
        if args["keyword"]:
            keyword = "%{}%".format(args["keyword"])
            query = query.where(or_(Lead.company.ilike(keyword), Lead.email.ilike(keyword)))
        if args["start"]:
            start_datetime_utc = datetime.strptime(args["start"], "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
            query = query.where(Lead.created_at >= start_datetime_utc)
        if args["end"]:
            end_datetime_utc = datetime.strptime(args["end"], "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
            query = query.where(Lead.created_at < end_datetime_utc)

        query = query.order_by(Lead.created_at.desc())
        conversations = db.paginate(query, page=args["page"], per_page=args["limit"], error_out=False)  # expect: scans-all [sa52j]
        return {"data": [c.id for c in conversations.items], "total": conversations.total}


class ConversationListApi(Resource):
    """The end user's conversations, newest first, scrolled by the last id."""

    @get_app_model
    def get(self, app_model: Campaign):
        parser = reqparse.RequestParser()
        parser.add_argument("last_id", type=int, location="args")
        parser.add_argument("limit", type=int, default=20, location="args")
        parser.add_argument("sort_by", type=str, default="-created_at", location="args")
        args = parser.parse_args()

        with Session(db.engine) as session:
            pagination = ConversationService.pagination_by_last_id(
                session=session,
                app_model=app_model,
                user=current_user,
                last_id=args["last_id"],
                limit=args["limit"],
                sort_by=args["sort_by"],
            )
        return {"limit": pagination.limit, "has_more": pagination.has_more, "data": [c.id for c in pagination.data]}


class ConversationRenameApi(Resource):
    @get_app_model
    def post(self, app_model: Campaign, c_id: int):
        parser = reqparse.RequestParser()
        parser.add_argument("name", type=str, required=True, location="json")
        args = parser.parse_args()
        conversation = ConversationService.rename(app_model, c_id, current_user, args["name"])
        return {"id": conversation.id, "name": conversation.company}


class ConversationDetailApi(Resource):
    @get_app_model
    def get(self, app_model: Campaign, c_id: int):
        conversation = ConversationService.get_conversation(app_model, c_id, current_user)
        return {
            "id": conversation.id,
            "message_count": conversation.message_count,
            "first_message": conversation.first_message.body if conversation.first_message else None,
        }
