from app.components.seen import db
from app.components.seen.db import Lead
from app.manager import fire_event
from app.utils.database import with_session


def seen_forget(manager, options):
    forget_name = options.forget_value
    results = fire_event("forget", forget_name, tasks=options.tasks)
    count, field_count = results[0]
    print("Removed {} titles ({} fields)".format(count, field_count))
    manager.config_changed()


@with_session
def seen_search(options, session=None):
    search_term = "%" + options.search_term + "%"
    seen_entries = db.search(value=search_term, status=None, session=session)
    for se in seen_entries.all():  # expect: scans-all [sa70t] cross
        print("{} | {} | {}".format(se.company, se.campaign_id, se.created_at))
        for sf in se.outputs:  # expect: scans-all [sa70u]
            print("    {}: {}".format(sf.kind, sf.body))


@with_session
def seen_recent(options, session=None):
    """`flexget seen recent --days N`: the local entries learned lately."""
    entries = db.recent_entries(options.days, session).filter(Lead.status == "local").all()  # expect: prunes [sa70y] cross
    for se in entries:
        print("{} | {}".format(se.company, se.created_at))
