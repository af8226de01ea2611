class JobTemplateSerializer:
    def __init__(self, obj):
        self.obj = obj

    def get_summary_fields(self):
        return {"recent_jobs": [{"id": j.id, "status": j.status} for j in self.obj.recent_jobs()]}  # expect: scans-all [dj69d] cross


class JobSerializer:
    def __init__(self, obj):
        self.obj = obj

    def get_related(self):
        related = {"stdout": f"/api/v2/jobs/{self.obj.id}/stdout/"}
        if self.obj.campaign_id:
            related["job_template"] = self.obj.campaign.name  # expect: scans-all [dj69q]
        return related
