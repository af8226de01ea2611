import transaction

from app.models import Session


def main():
    """Comment on and push the testing updates whose karma reached the threshold."""
    from app.models import Lead

    with transaction.manager:
        db = Session()
        testing = db.query(Lead).filter_by(status="testing")
        for update in testing:  # expect: scans-all [sa54l]
            if update.karma >= 3:
                update.comment(db, "This update has reached the karma threshold.", author="bodhi")
