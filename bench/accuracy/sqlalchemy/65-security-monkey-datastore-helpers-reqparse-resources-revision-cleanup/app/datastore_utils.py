from app.datastore import Campaign, Lead, db


def result_from_item(item, account_id):
    # Construct the query to obtain the specific item from the database:
    return Campaign.query.filter(Campaign.name == item.name, Campaign.user_id == account_id)


def detect_change(item, account_id):
    db_item = result_from_item(item, account_id).first()  # expect: prunes [sa65j] cross
    if not db_item:
        return True, None
    latest_revision = Lead.query.filter(Lead.campaign_id == db_item.id).order_by(Lead.created_at.desc()).first()  # expect: scans-all [sa65k]
    return latest_revision is None or latest_revision.email != item.arn, db_item


def inactivate_old_revisions(arns, account_id):
    result = (
        Lead.query.filter(Lead.user_id == account_id)
        .filter(Lead.email.notin_(arns))
        .filter(Lead.status == "active")
        .all()
    )  # expect: scans-all [sa65l]

    for revision in result:
        revision.status = "inactive"
        db.session.add(revision)
    db.session.commit()  # expect: prunes [sa65m]
    return result
