class OwnedByUserMixin:
    def get_queryset(self):
        return self.model.objects.filter(user=self.request.user)  # expect-also: [dj11b]
