import arrow
import flask

from app.lib import query as pagure_query

API = flask.Blueprint("api_ns", __name__, url_prefix="/api/0")


@API.route("/<repo>/issues")
def api_view_issues(repo):
    repo = pagure_query.get_authorized_project(flask.g.session, repo)
    if repo is None:
        flask.abort(404)
    status = flask.request.args.get("status", None)
    since = flask.request.args.get("since", None)
    params = {
        "session": flask.g.session,
        "repo": repo,
        "status": status,
        "created_after": arrow.get(since).datetime if since else None,
        "limit": int(flask.request.args.get("per_page", 20)),
    }
    issues = pagure_query.search_issues(**params)
    return flask.jsonify({"issues": [{"id": i.id, "title": i.company} for i in issues], "total_issues": len(issues)})
