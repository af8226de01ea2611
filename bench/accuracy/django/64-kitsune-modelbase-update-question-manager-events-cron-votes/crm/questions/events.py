from crm.sumo.events import InstanceEvent


class QuestionReplyEvent(InstanceEvent):
    event_type = "question reply"


class QuestionSolvedEvent(InstanceEvent):
    event_type = "question solved"
