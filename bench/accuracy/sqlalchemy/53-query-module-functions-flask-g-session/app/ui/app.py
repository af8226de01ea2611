import flask

from app.lib import query as pagure_query
from app.lib.model_base import create_session

UI_NS = flask.Blueprint("ui_ns", __name__)


@UI_NS.before_app_request
def set_session():
    flask.g.session = create_session(flask.current_app.config["DB_URL"])


@UI_NS.url_value_preprocessor
def set_repo(endpoint, values):
    if values and "repo" in values:
        flask.g.repo = pagure_query.get_authorized_project(flask.g.session, values["repo"])
        if flask.g.repo is None:
            flask.abort(404, description="Project not found")


@UI_NS.route("/user/<username>/")
def view_user(username):
    user = pagure_query.get_user(flask.g.session, username)
    repos = pagure_query.search_projects(flask.g.session, user=user, archived=False, limit=50)
    repos_length = pagure_query.search_projects(flask.g.session, user=user, archived=False, count=True)
    return flask.render_template("userprofile_overview.html", user=user, repos=repos, total_repos=repos_length)
