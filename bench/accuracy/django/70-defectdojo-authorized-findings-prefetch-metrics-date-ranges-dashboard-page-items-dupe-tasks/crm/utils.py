from django.core.paginator import Paginator


def get_page_items(request, items, page_size):
    paginator = Paginator(items, page_size)
    return paginator.get_page(request.GET.get("page"))  # expect: scans-all [dj70a] cross
