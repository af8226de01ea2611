import logging

logger = logging.getLogger("crm.search")


def index_lead(lead):
    logger.debug("indexing lead %s (%s)", lead.id, lead.company)
