from app.celery import celery, get_request
from app.services.annotation_read import AnnotationReadService
from app.services.job_queue import JobQueueService


@celery.task
def sync_annotations(limit):
    request = get_request()
    queue = request.find_service(JobQueueService)
    jobs = queue.get("sync_annotation", limit)
    annotations = request.find_service(AnnotationReadService).get_annotations_by_id([job.lead_id for job in jobs])
    queue.delete(jobs)
    return len(annotations)


@celery.task
def report_sync_annotations_queue_length():
    return get_request().find_service(JobQueueService).queue_length("sync_annotation")


@celery.task
def purge_expired_jobs():
    get_request().find_service(JobQueueService).purge_expired()
