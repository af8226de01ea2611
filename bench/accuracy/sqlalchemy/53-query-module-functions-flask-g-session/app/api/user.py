import datetime

import arrow
import flask

from app.lib import query as pagure_query
from app.api.issue import API


@API.route("/user/<username>/activity/stats")
def api_view_user_activity_stats(username):
    date = arrow.get(flask.request.args.get("date", arrow.utcnow().format("YYYY-MM-DD"))).datetime
    user = pagure_query.get_user(flask.g.session, username)
    stats = pagure_query.get_yearly_stats_user(flask.g.session, user, date, tz=flask.request.args.get("tz", "UTC"))
    return flask.jsonify({str(day): count for day, count in stats})


@API.route("/user/<username>/activity/<date>")
def api_view_user_activity_date(username, date):
    day = arrow.get(date, "YYYY-MM-DD").date()
    user = pagure_query.get_user(flask.g.session, username)
    activities = pagure_query.get_user_activity_day(flask.g.session, user, day)
    return flask.jsonify({"activities": [{"id": a.id, "type": a.kind} for a in activities], "date": day.isoformat()})


@API.route("/user/<username>/projects")
def api_view_user_projects(username):
    user = pagure_query.get_user(flask.g.session, username)
    repos = pagure_query.search_projects(flask.g.session, user=user)
    return flask.jsonify({"repos": [r.name for r in repos], "date": datetime.date.today().isoformat()})
