from app.services.annotation_read import AnnotationReadService, service_factory
from app.services.annotation_stats import AnnotationStatsService, annotation_stats_factory
from app.services.group import GroupService, groups_factory
from app.services.job_queue import JobQueueService, factory


def includeme(config):
    config.register_service_factory(service_factory, iface=AnnotationReadService)
    config.register_service_factory(annotation_stats_factory, iface=AnnotationStatsService)
    config.register_service_factory(groups_factory, iface=GroupService, name="group")
    config.register_service_factory(factory, iface=JobQueueService)
