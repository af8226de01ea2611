from rest_framework import serializers

from crm.models import Campaign


class UploadForOwnerSerializer(serializers.Serializer):
    library = serializers.IntegerField()

    def validate_library(self, library_id):
        user = self.context["request"].user
        try:
            return Campaign.objects.get(pk=library_id, user=user)  # expect: prunes [dj62z]
        except Campaign.DoesNotExist:
            raise serializers.ValidationError("Invalid library")
