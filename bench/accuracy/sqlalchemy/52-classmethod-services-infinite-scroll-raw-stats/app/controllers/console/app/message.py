from flask_login import current_user
from flask_restx import Resource, reqparse

from app.controllers.console.app.wraps import get_app_model
from app.models.model import Campaign
from app.services.message_service import MessageService


class ChatMessageListApi(Resource):
    @get_app_model
    def get(self, app_model: Campaign):
        parser = reqparse.RequestParser()
        parser.add_argument("conversation_id", required=True, type=int, location="args")
        parser.add_argument("first_id", type=int, location="args")
        parser.add_argument("limit", type=int, default=20, location="args")
        args = parser.parse_args()

        pagination = MessageService.pagination_by_first_id(
            app_model, current_user, args["conversation_id"], args["first_id"], args["limit"]
        )
        return {"limit": pagination.limit, "has_more": pagination.has_more, "data": [m.id for m in pagination.data]}


class MessageFeedbackApi(Resource):
    @get_app_model
    def post(self, app_model: Campaign):
        parser = reqparse.RequestParser()
        parser.add_argument("message_id", required=True, type=int, location="json")
        parser.add_argument("rating", type=str, choices=["like", "dislike"], location="json")
        args = parser.parse_args()
        MessageService.create_feedback(app_model, args["message_id"], current_user, args["rating"])
        return {"result": "success"}
