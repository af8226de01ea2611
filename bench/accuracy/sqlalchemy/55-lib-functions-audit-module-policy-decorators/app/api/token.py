from flask import Blueprint, jsonify, request

from app.lib.challenge import get_challenges_paginate
from app.lib.policydecorators import auth_user_timelimit, libpolicy
from app.lib.token import get_one_token, get_tokens, remove_token

token_blueprint = Blueprint("token_blueprint", __name__)


@token_blueprint.route("/", methods=["GET"])
def list_api():
    serial = request.all_data.get("serial")
    tokens = get_tokens(serial=serial, user=request.User)
    return jsonify(result={"status": True, "value": {"tokens": [t.token.name for t in tokens], "count": len(tokens)}})


@token_blueprint.route("/count", methods=["GET"])
def count_api():
    return jsonify(result={"status": True, "value": get_tokens(count=True)})


@token_blueprint.route("/<serial>", methods=["DELETE"])
def delete_api(serial=None):
    res = remove_token(serial, user=request.User)
    return jsonify(result={"status": True, "value": res})


@token_blueprint.route("/challenges/", methods=["GET"])
def list_challenges_api():
    page = int(request.all_data.get("page", 1))
    challenges = get_challenges_paginate(serial=request.all_data.get("serial"), page=page)
    return jsonify(result={"status": True, "value": challenges})


@libpolicy(auth_user_timelimit)
def check_user_pass(user, passw, options=None):
    token = get_one_token(serial=options.get("serial"))
    return token.check_challenge_response(passw, options) > 0, {}


@token_blueprint.route("/check", methods=["POST"])
def check():
    ok, details = check_user_pass(request.User, request.all_data.get("pass"), dict(request.all_data))
    return jsonify(result={"status": True, "value": ok}, detail=details)
