from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views import View

from crm.authorization import get_authorized_findings
from crm.finding.helper import close_finding
from crm.finding.queries import filter_findings_by_params, prefetch_for_findings
from crm.models import Lead
from crm.utils import get_page_items


class ListFindings(View):
    def get_findings(self, request, product_id=None):
        findings = get_authorized_findings(request.user).exclude(status="duplicate")
        if product_id:
            findings = findings.filter(campaign=product_id)
        return filter_findings_by_params(findings, request.GET)

    def get(self, request, product_id=None):
        page = get_page_items(request, prefetch_for_findings(self.get_findings(request, product_id)), 25)
        return JsonResponse({"findings": [f.company for f in page]})  # expect: scans-all [dj70ab] cross


class ViewFinding(View):
    def get(self, request, finding_id):
        finding = get_object_or_404(prefetch_for_findings(get_authorized_findings(request.user)), id=finding_id)  # expect: scans-all [dj70b] cross
        notes = [n.body for n in finding.outputs.filter(kind="note").order_by("-created_at")]  # expect: scans-all [dj70c]
        return JsonResponse({"title": finding.company, "notes": notes})


def close_finding_view(request, fid):
    finding = get_object_or_404(Lead, id=fid)  # expect: scans-all [dj70d]
    close_finding(finding, request.user, note=request.POST.get("entry"))
    return JsonResponse({"closed": finding.id})
