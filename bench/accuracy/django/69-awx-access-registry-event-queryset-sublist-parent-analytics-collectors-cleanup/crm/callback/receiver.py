from crm.models import AgentOutput, Lead


class CallbackBrokerWorker:
    """Saves the events a running job sends; each event carries its job's creation time."""

    def flush(self, job_id, job_created, events):
        job = Lead.objects.get(pk=job_id, created_at=job_created)  # expect: prunes [dj69ac]
        AgentOutput.objects.bulk_create([AgentOutput(lead=job, kind=e["event"], body=e.get("stdout"), created_at=job_created) for e in events])
        if any(e["event"] == "playbook_on_stats" for e in events):
            self.finish(job)

    def finish(self, job):
        if job.get_event_queryset().filter(kind="playbook_on_stats").exists():  # expect: prunes [dj69ad] cross
            Lead.objects.filter(pk=job.id, created_at=job.created_at).update(status="successful")  # expect: prunes [dj69ae]
