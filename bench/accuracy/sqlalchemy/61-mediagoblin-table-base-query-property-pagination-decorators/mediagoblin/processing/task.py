from mediagoblin.db.models import MediaEntry


class ProcessMedia:
    name = "mediagoblin.processing.task.ProcessMedia"

    def run(self, media_id, feed_url=None, reprocess_action="initial"):
        entry = MediaEntry.query.filter_by(id=media_id).first()  # expect: scans-all [sa61r]
        if entry is None:
            return
        entry.status = "processing"
        entry.save()
        entry.status = "processed"
        entry.save()
