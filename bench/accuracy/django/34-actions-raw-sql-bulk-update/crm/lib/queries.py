from django.db.models import Exists, OuterRef
from psycopg2.sql import SQL, Identifier

from crm.models import AgentOutput

MARK_SEEN_SQL = SQL(
    """
    UPDATE leads SET status = %(status)s
    WHERE user_id = %(user_id)s AND created_at >= %(since)s AND status = 'new'
    """
)

COUNT_BY_USER_SQL = SQL("SELECT count(*) FROM {table} WHERE user_id = %s").format(table=Identifier("leads"))


def has_outputs_since(since):
    return Exists(AgentOutput.objects.filter(lead=OuterRef("pk"), created_at__gte=since))
