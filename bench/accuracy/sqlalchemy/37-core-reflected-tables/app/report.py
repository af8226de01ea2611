from app.statements import RECENT_OUTPUTS, outputs_of_user, recent_lead_count
from app.tables import engine, leads


def lead_ids_of(user_id):
    with engine.connect() as conn:
        return [r.id for r in conn.execute(leads.select().with_only_columns(leads.c.id).where(leads.c.user_id == user_id))]  # expect: scans-all [sa37a]


def mark_won(lead_id):
    with engine.begin() as conn:
        conn.execute(leads.update().where(leads.c.id == lead_id).values(status="won"))  # expect: scans-all [sa37b]


def weekly_numbers(since):
    with engine.connect() as conn:
        n_leads = conn.execute(recent_lead_count(since)).scalar_one()  # expect: prunes [sa37c] cross
        n_outputs = conn.execute(RECENT_OUTPUTS.bindparams(since=since)).scalar()  # expect: prunes [sa37d] cross
    return n_leads, n_outputs


def user_outputs(user_id, since):
    with engine.connect() as conn:
        return conn.execute(outputs_of_user(user_id, since)).fetchall()  # expect: scans-all [sa37e] cross
