class ConversationNotExistsError(Exception):
    pass


class LastConversationNotExistsError(Exception):
    pass


class FirstMessageNotExistsError(Exception):
    pass


class MessageNotExistsError(Exception):
    pass
