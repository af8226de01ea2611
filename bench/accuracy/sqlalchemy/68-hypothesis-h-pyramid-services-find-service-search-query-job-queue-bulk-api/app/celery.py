from celery import Celery

celery = Celery("h")


def get_request():
    return celery.request_factory()
