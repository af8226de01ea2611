from rest_framework import viewsets
from rest_framework.views import APIView


class BaseViewSet(viewsets.ModelViewSet):
    model = None

    def get_queryset(self):
        return self.model.objects.all()


class BaseAPIView(APIView):
    pass
