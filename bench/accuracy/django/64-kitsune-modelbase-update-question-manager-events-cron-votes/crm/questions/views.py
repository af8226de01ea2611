from datetime import timedelta

from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from crm.models import AgentOutput, Lead
from crm.questions.events import QuestionReplyEvent, QuestionSolvedEvent

FILTERS = {
    "needs-attention": Lead.objects.needs_attention,
    "done": Lead.objects.done,
    "recent-unanswered": Lead.objects.recently_unanswered,
}


def question_list(request):
    show = request.GET.get("show", "needs-attention")
    question_qs = FILTERS.get(show, Lead.objects.all)()
    question_qs = question_qs.filter(email=request.LANGUAGE_CODE)
    total = question_qs.count()  # expect: scans-all [dj64e] cross
    questions = list(question_qs.order_by("-created_at")[:20])  # expect: scans-all [dj64d] cross
    return JsonResponse({"total": total, "questions": [q.company for q in questions]})


def question_details(request, question_id):
    question = get_object_or_404(Lead, pk=question_id)  # expect: scans-all [dj64f]
    answers = [a.body for a in question.answers_for_display()]  # expect: scans-all [dj64g] cross
    return JsonResponse(
        {
            "title": question.company,
            "answers": answers,
            "votes": question.num_votes_past_week(),
            "watching": QuestionReplyEvent.is_notifying(request.user, question),
        }
    )


def solve(request, question_id, answer_id):
    answer = get_object_or_404(AgentOutput, pk=answer_id, lead=question_id)  # expect: scans-all [dj64h]
    question = answer.lead  # expect: scans-all [dj64i]
    question.set_solution(answer, request.user)
    QuestionSolvedEvent(question).fire(exclude=request.user)
    return JsonResponse({"solved": question.pk})


def reply(request, question_id):
    question = get_object_or_404(Lead.objects.needs_attention(), pk=question_id)  # expect: scans-all [dj64j] cross
    AgentOutput.objects.create(lead=question, kind="answer", body=request.POST["content"], created_at=timezone.now())
    QuestionReplyEvent(question).fire(exclude=request.user)
    QuestionReplyEvent.notify(request.user, question)
    return JsonResponse({"ok": True})


def aaq_stats(request):
    locale = request.LANGUAGE_CODE
    month_start = timezone.now().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return JsonResponse(
        {
            "asked": Lead.recent_asked_count(Q(email=locale)),
            "unanswered": Lead.objects.recently_unanswered().filter(email=locale).count(),  # expect: prunes [dj64k] cross
            "done": Lead.objects.done().filter(created_at__gte=month_start).count(),  # expect: prunes [dj64l] cross
            "week": Lead.objects.filter(created_at__gte=month_start - timedelta(days=7), status="new").count(),  # expect: prunes [dj64u]
        }
    )
