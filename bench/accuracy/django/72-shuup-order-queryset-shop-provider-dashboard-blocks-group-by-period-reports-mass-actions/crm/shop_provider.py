SHOP_SESSION_KEY = "admin_shop"


class AdminShopProvider:
    """The shop the admin works on: the one chosen in the session, else the first shop the staff member runs."""

    def get_shop(self, request):
        from crm.models import Campaign

        if getattr(request, "_cached_admin_shop", None) is not None:
            return request._cached_admin_shop
        shops = Campaign.objects.filter(user=request.user, archived=False)
        shop_id = request.session.get(SHOP_SESSION_KEY)
        if shop_id:
            shops = shops.filter(pk=shop_id)
        shop = shops.order_by("pk").first()  # expect: prunes [dj72b]
        request._cached_admin_shop = shop
        return shop


_provider = AdminShopProvider()


def get_shop(request):
    return _provider.get_shop(request)
