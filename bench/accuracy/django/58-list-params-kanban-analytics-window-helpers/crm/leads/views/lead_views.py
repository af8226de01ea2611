from datetime import timedelta

from django.db.models.functions import TruncDate
from django.shortcuts import get_object_or_404
from django.utils import timezone
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from crm.leads.notifications import notify_mentions
from crm.leads.serializer import LeadCommentSerializer, LeadCreateSerializer, LeadSerializer
from crm.leads.services import convert_lead_to_account
from crm.leads.tasks import send_email_to_assigned_user
from crm.leads.validators import choice_list_param, date_param
from crm.models import AgentOutput, Lead

LEAD_STATUS = (("assigned", "Assigned"), ("in process", "In Process"), ("converted", "Converted"), ("recycled", "Recycled"), ("closed", "Closed"))


class LeadListView(APIView, LimitOffsetPagination):
    model = Lead
    permission_classes = (IsAuthenticated,)
    UNWORKED_AFTER_DAYS = 7

    def get_totals(self, queryset_open):
        cutoff = timezone.localdate() - timedelta(days=self.UNWORKED_AFTER_DAYS)
        totals_queryset = queryset_open.distinct()
        count = totals_queryset.count()  # expect: scans-all [dj58d] cross
        unworked = totals_queryset.annotate(last_touch=TruncDate("created_at")).filter(last_touch__lt=cutoff).count()  # expect: scans-all [dj58e] cross
        return {"count": count, "unworked_over_a_week": unworked}

    def get_context_data(self, **kwargs):
        params = self.request.query_params
        queryset = self.model.objects.filter(user=self.request.profile.org).exclude(status="converted").select_related("user").order_by("-id")
        if params:
            if params.get("name"):
                queryset = queryset.filter(company__icontains=params.get("name"))
            statuses = choice_list_param(params, "status", [value for value, _label in LEAD_STATUS])
            if statuses:
                queryset = queryset.filter(status__in=statuses)
            if params.get("email"):
                queryset = queryset.filter(email__icontains=params.get("email"))
            created_at_gte = date_param(params, "created_at__gte")
            if created_at_gte:
                queryset = queryset.filter(created_at__gte=created_at_gte)
            created_at_lte = date_param(params, "created_at__lte")
            if created_at_lte:
                queryset = queryset.filter(created_at__lte=created_at_lte)

        context = {}
        queryset_open = queryset.exclude(status="closed")
        results_leads_open = self.paginate_queryset(queryset_open.distinct(), self.request, view=self)  # expect: scans-all [dj58a]
        open_leads = LeadSerializer(results_leads_open, many=True).data
        if results_leads_open:
            offset = queryset_open.filter(id__gte=results_leads_open[-1].id).count()  # expect: scans-all [dj58b]
            if offset == queryset_open.count():  # expect: scans-all [dj58c]
                offset = None
        else:
            offset = 0
        context["open_leads"] = {"leads_count": self.count, "open_leads": open_leads, "offset": offset}
        context["totals"] = self.get_totals(queryset_open)
        return context

    def get(self, request, *args, **kwargs):
        return Response(self.get_context_data(**kwargs))


class LeadDetailView(APIView):
    model = Lead
    permission_classes = (IsAuthenticated,)

    def get_object(self, pk):
        return get_object_or_404(Lead, id=pk, user=self.request.profile.org)  # expect: scans-all [dj58f]

    def get_context_data(self, **kwargs):
        context = {"lead_obj": LeadSerializer(self.lead_obj).data}
        comments = AgentOutput.objects.filter(lead=self.lead_obj, kind="comment").order_by("-id")  # expect-also: [dj58g]
        context["comments"] = LeadCommentSerializer(comments, many=True).data  # expect: scans-all [dj58g]
        return context

    def get(self, request, pk, **kwargs):
        self.lead_obj = self.get_object(pk)
        return Response(self.get_context_data(**kwargs))

    def post(self, request, pk, **kwargs):
        self.lead_obj = Lead.objects.get(pk=pk)  # expect: scans-all [dj58h]
        if request.data.get("comment"):
            AgentOutput.objects.create(lead=self.lead_obj, kind="comment", body=request.data.get("comment"), created_at=timezone.now())
            notify_mentions(self.lead_obj, request.data.get("comment"))
        return Response(self.get_context_data(**kwargs))

    def put(self, request, pk, **kwargs):
        self.lead_obj = self.get_object(pk)
        serializer = LeadCreateSerializer(data=request.data, instance=self.lead_obj)
        if not serializer.is_valid():
            return Response({"error": True, "errors": serializer.errors}, status=400)
        lead_obj = serializer.save()  # expect: scans-all [dj58i]
        send_email_to_assigned_user.delay(lead_obj.id, request.profile.org.id)
        if request.data.get("status") == "converted":
            convert_lead_to_account(lead_obj, request)
        return Response({"error": False, "message": "Lead updated Successfully"})

    def delete(self, request, pk, **kwargs):
        self.object = self.get_object(pk)
        self.object.delete()  # expect: scans-all [dj58j]
        return Response({"error": False, "message": "Lead deleted Successfully"})
