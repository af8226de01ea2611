from mediagoblin.decorators import get_user_media_entry
from mediagoblin.tools.response import redirect


@get_user_media_entry
def edit_media(request, media):
    media.company = request.form["slug"]
    media.email = request.form.get("media_type", media.email)
    media.save()
    return redirect(request, "mediagoblin.user_pages.media_home")
