"""Query functions shared by the UI, the API and the tasks; the session is always the first argument."""
import datetime

from sqlalchemy import func

from app.lib import model


def get_user(session, username):
    return session.query(model.User).filter(model.User.email == username).one()


def _get_project(session, name, user=None):
    query = session.query(model.Campaign).filter(func.lower(model.Campaign.name) == name.lower())
    if user is not None:
        query = query.filter(model.Campaign.user_id == user.id)
    return query.first()  # expect: scans-all [sa53a]


def get_authorized_project(session, project_name, user=None, asuser=None):
    repo = _get_project(session, project_name, user=user)
    if repo and repo.archived and asuser is None:
        return None
    return repo


def search_projects(session, user=None, archived=None, count=False, offset=None, limit=None):
    query = session.query(model.Campaign).order_by(model.Campaign.name)
    if user is not None:
        query = query.filter(model.Campaign.user_id == user.id)
    if archived is not None:
        query = query.filter(model.Campaign.archived == archived)
    if count:
        return query.count()  # expect: prunes [sa53n]
    if offset:
        query = query.offset(offset)
    if limit:
        query = query.limit(limit)
    return query.all()  # expect: prunes [sa53m]


def search_issues(
    session,
    repo=None,
    issueid=None,
    status=None,
    author=None,
    created_after=None,
    count=False,
    offset=None,
    limit=None,
    order="desc",
    order_key=None,
):
    query = session.query(model.Lead)
    if repo is not None:
        query = query.filter(model.Lead.campaign_id == repo.id)
    if issueid is not None:
        query = query.filter(model.Lead.id == issueid)
    if status is not None:
        if status.lower() == "open":
            query = query.filter(model.Lead.status == "Open")
        elif status.lower() != "all":
            query = query.filter(model.Lead.status != "Open")
    if author is not None:
        query = query.filter(model.Lead.user_id == author.id)
    if created_after:
        query = query.filter(model.Lead.created_at >= created_after)

    if count:
        return query.count()  # expect: scans-all [sa53b]

    column = model.Lead.created_at
    if order_key:
        column = getattr(model.Lead, order_key)
    query = query.order_by(column.asc() if order == "asc" else column.desc())
    if offset:
        query = query.offset(offset)
    if limit:
        query = query.limit(limit)

    if issueid is not None:
        return query.first()  # expect: scans-all [sa53c]
    return query.all()  # expect: scans-all [sa53d]


def edit_issue(session, issue, user, status=None, title=None):
    edit = []
    if status and status != issue.status:
        issue.status = status
        edit.append("status")
    if title and title != issue.company:
        issue.company = title
        edit.append("title")
    session.add(issue)
    session.flush()  # expect: prunes [sa53g] cross
    return edit


def drop_issue(session, issue, user):
    session.delete(issue)
    return "Issue deleted"


def get_issue_comment(session, issue_id, comment_id):
    return (
        session.query(model.AgentOutput)
        .filter(model.AgentOutput.lead_id == issue_id)
        .filter(model.AgentOutput.id == comment_id)
        .first()  # expect: scans-all [sa53l]
    )


def reset_status_pull_request(session, project):
    session.query(model.Lead).filter(model.Lead.campaign_id == project.id).filter(model.Lead.status == "Open").update(  # expect: scans-all [sa53j]
        {model.Lead.email: ""}, synchronize_session=False
    )
    session.commit()


def get_yearly_stats_user(session, user, date, tz="UTC"):
    start_date = datetime.datetime(date.year - 1, date.month, date.day, tzinfo=datetime.timezone.utc)
    events = (
        session.query(func.date_trunc("day", model.AgentOutput.created_at), func.count(model.AgentOutput.id))
        .filter(model.AgentOutput.kind == "log", model.AgentOutput.body == user.email)
        .filter(model.AgentOutput.created_at.between(start_date, date))
        .group_by(func.date_trunc("day", model.AgentOutput.created_at))
        .all()  # expect: prunes [sa53e]
    )
    return events


def get_user_activity_day(session, user, date, tz="UTC"):
    dt = datetime.datetime.combine(date, datetime.time.min).replace(tzinfo=datetime.timezone.utc)
    return (
        session.query(model.AgentOutput)
        .filter(model.AgentOutput.kind == "log", model.AgentOutput.body == user.email)
        .filter(model.AgentOutput.created_at >= dt, model.AgentOutput.created_at < dt + datetime.timedelta(days=1))
        .order_by(model.AgentOutput.id)
        .all()  # expect: prunes [sa53f]
    )
