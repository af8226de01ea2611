"""Output types: each kind of agent output is a class registered under its type string."""
from app.models import AgentOutput, db


class BaseOutput:
    id = None
    name = None

    @classmethod
    def outputs_for(cls, lead):
        return AgentOutput.query.filter_by(lead_id=lead.id, kind=cls.id).filter(AgentOutput.created_at >= lead.created_at)

    @classmethod
    def purge(cls, lead):
        AgentOutput.query.filter_by(lead_id=lead.id, kind=cls.id).delete()  # expect: scans-all [sa46n]
        db.session.commit()


class EmailOutput(BaseOutput):
    id = "email"
    name = "Email"


class CallOutput(BaseOutput):
    id = "call"
    name = "Call script"


OUTPUT_CLASSES = {"email": EmailOutput, "call": CallOutput}


def get_output_class(class_id):
    cls = OUTPUT_CLASSES.get(class_id)
    if cls is None:
        raise KeyError(class_id)
    return cls
