from app.models import Lead


class SourceUser:
    """The source logged in to the source interface, known by its filesystem id."""

    def __init__(self, db_record_id, filesystem_id):
        self.db_record_id = db_record_id
        self.filesystem_id = filesystem_id

    def get_db_record(self):
        return Lead.query.filter_by(email=self.filesystem_id).one()  # expect: scans-all [sa71aa]
