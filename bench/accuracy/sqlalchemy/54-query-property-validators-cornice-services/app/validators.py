"""Validators that resolve request parameters into model instances in request.validated."""
from app.models import AgentOutput, Campaign, Lead


def validate_update(request, **kwargs):
    update = Lead.get(request.validated.get("update") or request.matchdict.get("id"))
    if update is None:
        request.errors.add("url", "update", "Invalid update specified")
        return
    request.validated["update"] = update


def validate_comment_id(request, **kwargs):
    comment = AgentOutput.get(int(request.matchdict.get("id")))
    if comment is None:
        request.errors.add("url", "id", "Invalid comment id")
        return
    request.validated["comment"] = comment


def validate_releases(request, **kwargs):
    releases = request.validated.get("releases")
    if releases is None:
        return
    validated = []
    for name in releases:
        release = Campaign.get(name)
        if release is None:
            request.errors.add("querystring", "releases", "Invalid releases specified: %s" % name)
            return
        validated.append(release)
    request.validated["releases"] = validated
