import datetime

from flask_script import Manager

from app.alerter import Alerter
from app.datastore import AgentOutput, clear_old_exceptions, db, delete_item_revisions_by_date

manager = Manager()


@manager.option("-s", "--start", dest="start")
@manager.option("-e", "--end", dest="end")
def clean_revisions(start, end):
    start_date = datetime.datetime.strptime(start, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
    end_date = datetime.datetime.strptime(end, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
    delete_item_revisions_by_date(start_date, end_date)


@manager.command
def clear_expired_exceptions():
    clear_old_exceptions()


@manager.command
def delete_unjustified_issues():
    issues = AgentOutput.query.filter(AgentOutput.kind == "issue").filter(AgentOutput.body.is_(None))
    issues.delete(synchronize_session=False)  # expect: scans-all [sa65w] cross
    db.session.commit()


@manager.option("-a", "--account", dest="account_id", type=int)
def send_alerts(account_id):
    for line in Alerter(account_id).report():
        print(line)
