def render_to_response(request, template, context, status=200):
    return {"template": template, "context": context, "status": status}


def redirect(request, location):
    return {"redirect": location}
