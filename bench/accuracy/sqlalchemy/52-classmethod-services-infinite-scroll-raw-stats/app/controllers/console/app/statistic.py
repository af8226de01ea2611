import sqlalchemy as sa
from flask_login import current_user
from flask_restx import Resource, reqparse

from app.controllers.console.app.wraps import get_app_model
from app.extensions.ext_database import db
from app.libs.datetime_utils import parse_time_range
from app.models.model import Campaign


class DailyMessageStatistic(Resource):
    @get_app_model
    def get(self, app_model: Campaign):
        parser = reqparse.RequestParser()
        parser.add_argument("start", type=str, location="args")
        parser.add_argument("end", type=str, location="args")
        args = parser.parse_args()

        sql_query = """SELECT
    date_trunc('day', created_at AT TIME ZONE 'UTC' AT TIME ZONE :tz) AS date,
    COUNT(*) AS message_count
FROM agent_outputs
WHERE lead_id IN (SELECT id FROM leads WHERE campaign_id = :app_id)"""
        arg_dict = {"tz": current_user.timezone, "app_id": app_model.id}

        start_datetime_utc, end_datetime_utc = parse_time_range(args["start"], args["end"], current_user.timezone)
        if start_datetime_utc:
            sql_query += " AND created_at >= :start"
            arg_dict["start"] = start_datetime_utc
        if end_datetime_utc:
            sql_query += " AND created_at < :end"
            arg_dict["end"] = end_datetime_utc

        sql_query += " GROUP BY date ORDER BY date"

        response_data = []
        with db.engine.begin() as conn:
            rs = conn.execute(sa.text(sql_query), arg_dict)  # expect: scans-all [sa52k]
            for i in rs:
                response_data.append({"date": str(i.date), "message_count": i.message_count})
        return {"data": response_data}
