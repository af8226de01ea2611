import sqlalchemy as sa

# Buildbot in our schema: a builder is a row of `campaigns` (`user_id` = the master that
# runs it, `name` = builder name); a build is a row of `leads` (`campaign_id` = builderid,
# `user_id` = workerid, `email` = build number, `company` = state string, `status` = results,
# `created_at` = started_at); a step is a row of `agent_outputs` (`lead_id` = buildid).

metadata = sa.MetaData()


class Model:
    """The tables of the database, reached by every connector as `self.db.model.<table>`."""

    metadata = metadata

    builders = sa.Table(
        "campaigns",
        metadata,
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("user_id", sa.BigInteger, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False, default=False),
    )

    builds = sa.Table(
        "leads",
        metadata,
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("user_id", sa.BigInteger, nullable=False),
        sa.Column("campaign_id", sa.BigInteger),
        sa.Column("company", sa.Text, nullable=False),
        sa.Column("email", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), primary_key=True),
    )

    steps = sa.Table(
        "agent_outputs",
        metadata,
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("lead_id", sa.BigInteger, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("body", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), primary_key=True),
    )

    def __init__(self, master):
        self.master = master
