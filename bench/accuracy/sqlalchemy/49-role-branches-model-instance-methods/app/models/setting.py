class Setting:
    defaults = {"max_history_records": 1000, "dashboard_recent_days": 1}

    def get(self, name):
        return self.defaults[name]
