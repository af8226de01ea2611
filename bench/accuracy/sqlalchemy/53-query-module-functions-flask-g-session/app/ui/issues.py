import flask

from app.lib import query as pagure_query
from app.ui.app import UI_NS

PER_PAGE = 20


@UI_NS.route("/<repo>/issues/")
def view_issues(repo):
    status = flask.request.args.get("status", "Open")
    page = int(flask.request.args.get("page", 1))
    total_issues = pagure_query.search_issues(flask.g.session, repo=flask.g.repo, status=status, count=True)
    issues = pagure_query.search_issues(
        flask.g.session, repo=flask.g.repo, status=status, offset=(page - 1) * PER_PAGE, limit=PER_PAGE
    )
    return flask.render_template("issues.html", issues=issues, total=total_issues, status=status)


@UI_NS.route("/<repo>/issue/<int:issueid>")
def view_issue(repo, issueid):
    issue = pagure_query.search_issues(flask.g.session, flask.g.repo, issueid=issueid)
    if issue is None:
        flask.abort(404, description="Issue not found")
    comments = [{"id": c.id, "comment": c.body} for c in issue.comments]  # expect: scans-all [sa53h] cross
    return flask.render_template("issue.html", issue=issue, comments=comments)


@UI_NS.route("/<repo>/issue/<int:issueid>/update", methods=["POST"])
def update_issue(repo, issueid):
    issue = pagure_query.search_issues(flask.g.session, flask.g.repo, issueid=issueid)
    if issue is None:
        flask.abort(404, description="Issue not found")
    messages = pagure_query.edit_issue(
        flask.g.session, issue=issue, user=flask.g.fas_user, status=flask.request.form.get("status")
    )
    flask.g.session.commit()
    for message in messages:
        flask.flash(message)
    return flask.redirect(flask.url_for("ui_ns.view_issue", repo=repo, issueid=issueid))


@UI_NS.route("/<repo>/issue/<int:issueid>/drop", methods=["POST"])
def delete_issue(repo, issueid):
    issue = pagure_query.search_issues(flask.g.session, flask.g.repo, issueid=issueid)
    if issue is None:
        flask.abort(404, description="Issue not found")
    msg = pagure_query.drop_issue(flask.g.session, issue, flask.g.fas_user.username)
    flask.g.session.commit()  # expect: scans-all [sa53i] cross
    flask.flash(msg)
    return flask.redirect(flask.url_for("ui_ns.view_issues", repo=repo))


@UI_NS.route("/<repo>/issue/<int:issueid>/comment/<int:commentid>/edit", methods=["POST"])
def edit_comment_issue(repo, issueid, commentid):
    comment = pagure_query.get_issue_comment(flask.g.session, issueid, commentid)
    if comment is None:
        flask.abort(404, description="Comment not found")
    comment.body = flask.request.form["update_comment"]
    flask.g.session.add(comment)
    flask.g.session.commit()  # expect: prunes [sa53k] cross
    return flask.redirect(flask.url_for("ui_ns.view_issue", repo=repo, issueid=issueid))
