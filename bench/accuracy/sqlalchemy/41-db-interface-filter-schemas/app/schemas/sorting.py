from enum import Enum

from app.database.interface import provide_database_interface


class LeadSort(str, Enum):
    ID_DESC = "ID_DESC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    COMPANY_ASC = "COMPANY_ASC"

    def as_sql_sort(self) -> list:
        db = provide_database_interface()
        sort_mapping = {
            "ID_DESC": [db.Lead.id.desc()],
            "CREATED_AT_DESC": [db.Lead.created_at.desc(), db.Lead.id.desc()],
            "COMPANY_ASC": [db.Lead.company.asc()],
        }
        return sort_mapping[self.value]
