from app.daos.leads import LeadDAO, OutputDAO
from app.extensions import db
from app.models import AgentOutput


class LeadNotFoundError(Exception):
    pass


class UpdateLeadCommand:
    def __init__(self, model_id, properties):
        self._model_id = model_id
        self._properties = properties
        self._model = None

    def run(self):
        self.validate()
        for key, value in self._properties.items():
            setattr(self._model, key, value)
        db.session.commit()  # expect: prunes [sa38g]
        return self._model

    def validate(self):
        self._model = LeadDAO.find_by_id(self._model_id)  # expect: prunes [sa38a] cross
        if self._model is None:
            raise LeadNotFoundError()


class RestoreLeadCommand:
    def __init__(self, model_id):
        self._model_id = model_id

    def run(self):
        lead = LeadDAO.find_by_id(self._model_id, skip_base_filter=True)  # expect: scans-all [sa38b] cross
        if lead is None:
            raise LeadNotFoundError()
        return lead


class DeleteLeadsCommand:
    def __init__(self, model_ids):
        self._model_ids = model_ids
        self._models = []

    def run(self):
        self.validate()
        db.session.query(AgentOutput).filter(AgentOutput.lead_id.in_(self._model_ids)).delete(synchronize_session=False)  # expect: scans-all [sa38e]
        LeadDAO.delete(self._models)  # expect: prunes [sa38d] cross

    def validate(self):
        self._models = LeadDAO.find_by_ids(self._model_ids)  # expect: prunes [sa38f] cross
        if len(self._models) != len(self._model_ids):
            raise LeadNotFoundError()


def outputs_for_export(output_ids):
    return [o.body for o in OutputDAO.find_by_ids(output_ids)]  # expect: scans-all [sa38c] cross
