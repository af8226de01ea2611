import datetime

import transaction

from app.models import AgentOutput, Session


def main():
    """Expire the buildroot overrides older than two weeks."""
    with transaction.manager:
        db = Session()
        now = datetime.datetime.utcnow()
        overrides = db.query(AgentOutput).filter(AgentOutput.kind == "override").filter(
            AgentOutput.created_at < now - datetime.timedelta(days=14)
        )
        for override in overrides:  # expect: prunes [sa54n]
            override.expire()
