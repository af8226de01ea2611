from django.db import connection

from crm.models import Lead


def get_status_stats_for_user(user):
    sql = """SELECT status, COUNT(*)
               FROM {tbl}
              WHERE user_id = %s
           GROUP BY status"""
    sql = sql.format(tbl=Lead._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.id])  # expect: scans-all [dj44d]
        return dict(cursor.fetchall())


def update_leads_status_in_bulk(bulk_data, since):
    # bulk_data: [{"lead_id": …, "status": …}], all written after `since` (the board only shows recent leads).
    sql = """UPDATE {tbl} SET status = %s WHERE id = %s AND created_at >= %s"""
    sql = sql.format(tbl=Lead._meta.db_table)
    with connection.cursor() as cursor:
        for item in bulk_data:
            cursor.execute(sql, [item["status"], item["lead_id"], since])  # expect: prunes [dj44e]
