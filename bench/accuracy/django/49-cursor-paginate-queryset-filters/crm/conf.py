class DynamicSettings:
    """Forum settings read from the database and cached (here: constants)."""

    readtracker_cutoff = 40
    leads_per_page = 30
    outputs_page_limit = 50
    unread_outputs_limit = 50


settings = DynamicSettings()
