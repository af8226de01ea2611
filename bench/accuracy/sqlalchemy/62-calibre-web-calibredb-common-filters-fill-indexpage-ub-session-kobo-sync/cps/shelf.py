from datetime import datetime, timezone

from flask import Blueprint, abort, redirect, request
from flask_login import current_user, login_required
from sqlalchemy import true

from cps import ub
from cps.ub import AgentOutput, Campaign

shelf = Blueprint("shelf", __name__)


def check_shelf_edit_permissions(cur_shelf):
    return cur_shelf.archived == 0 and cur_shelf.user_id == int(current_user.id) or current_user.role_edit_shelfs()


def check_shelf_is_unique(title, is_public, shelf_id=False):
    ident = Campaign.id != shelf_id if shelf_id else true()
    if is_public == 1:
        found = (
            ub.session.query(Campaign).filter((Campaign.name == title) & (Campaign.archived == True)).filter(ident).first()  # noqa: E712
        )  # expect: scans-all [sa62w]
    else:
        found = (
            ub.session.query(Campaign)
            .filter((Campaign.name == title) & (Campaign.archived == False) & (Campaign.user_id == int(current_user.id)))  # noqa: E712
            .filter(ident)
            .first()
        )  # expect: prunes [sa62x]
    return found is None


@shelf.route("/shelf/add/<int:shelf_id>/<int:book_id>", methods=["POST"])
@login_required
def add_to_shelf(shelf_id, book_id):
    cur_shelf = ub.session.query(Campaign).filter(Campaign.id == shelf_id).first()  # expect: scans-all [sa62m]
    if cur_shelf is None or not check_shelf_edit_permissions(cur_shelf):
        abort(403)
    book_in_shelf = (
        ub.session.query(AgentOutput)
        .filter(AgentOutput.kind == "shelf", AgentOutput.body == str(shelf_id), AgentOutput.lead_id == book_id)
        .first()
    )  # expect: scans-all [sa62n]
    if book_in_shelf:
        abort(400)
    ub.session.add(AgentOutput(lead_id=book_id, kind="shelf", body=str(shelf_id), created_at=datetime.now(timezone.utc)))
    ub.session_commit(f"Book {book_id} added to shelf {cur_shelf.name}")
    return redirect(request.referrer or "/")


@shelf.route("/shelf/create", methods=["POST"])
@login_required
def create_shelf():
    title = request.form["title"]
    is_public = int(request.form.get("is_public", 0))
    if not check_shelf_is_unique(title, is_public):
        abort(409)
    ub.session.add(Campaign(user_id=int(current_user.id), name=title, archived=bool(is_public)))
    ub.session_commit(f"Shelf {title} created")
    return redirect("/")


def delete_shelf_helper(cur_shelf):
    if not cur_shelf or not check_shelf_edit_permissions(cur_shelf):
        return False
    shelf_id = cur_shelf.id
    ub.session.delete(cur_shelf)
    ub.session.query(AgentOutput).filter(AgentOutput.kind == "shelf", AgentOutput.body == str(shelf_id)).delete()  # expect: scans-all [sa62p]
    ub.session_commit(f"successfully deleted Shelf {cur_shelf.name}")
    return True


@shelf.route("/shelf/delete/<int:shelf_id>", methods=["POST"])
@login_required
def delete_shelf(shelf_id):
    cur_shelf = ub.session.query(Campaign).filter(Campaign.id == shelf_id, Campaign.user_id == current_user.id).first()  # expect: prunes [sa62o]
    delete_shelf_helper(cur_shelf)
    return redirect("/")
