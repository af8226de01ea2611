from app.models import Lead


class LeadQuery:
    def __init__(self, session):
        self.q = session.query(Lead)

    def since(self, when):
        self.q = self.q.filter(Lead.created_at >= when)
        return self

    def all(self):
        return self.q.all()
