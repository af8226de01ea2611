import json

from django.http import JsonResponse
from django.views import View

from crm.rpc import api  # noqa: F401 - registers the methods
from crm.rpc.decorators import METHODS


class RPCEntryPoint(View):
    def post(self, request):
        payload = json.loads(request.body)
        method = METHODS[payload["method"]]
        return JsonResponse({"id": payload.get("id"), "result": method(request, **payload.get("params", {}))})
