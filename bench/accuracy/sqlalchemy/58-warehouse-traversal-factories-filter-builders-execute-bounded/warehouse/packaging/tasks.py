from warehouse.models import Release

RENDERER_VERSION = "44.0"


def update_description_html(request):
    releases = (
        request.db.query(Release)
        .filter(Release.status != RENDERER_VERSION)
        .yield_per(100)
        .limit(500)
    )
    for release in releases:  # expect: scans-all [sa58u]
        release.status = RENDERER_VERSION


def update_release_description(request, release_id):
    release = request.db.query(Release).filter(Release.id == release_id).one()  # expect: scans-all [sa58v]
    release.status = RENDERER_VERSION
