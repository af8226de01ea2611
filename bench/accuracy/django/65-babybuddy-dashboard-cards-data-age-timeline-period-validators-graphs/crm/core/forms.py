from django import forms

from crm.core.validators import validate_unique_period
from crm.models import Lead


class FeedingForm(forms.ModelForm):
    end = forms.DateTimeField()

    class Meta:
        model = Lead
        fields = ["company", "created_at"]

    def __init__(self, *args, **kwargs):
        # The child comes from the URL (the views pass it), not from a form field.
        self.child = kwargs.pop("child")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        validate_unique_period(
            Lead.objects.filter(campaign=self.child, status="feeding"),
            self.instance,
            cleaned_data.get("created_at"),
            cleaned_data.get("end"),
        )
        return cleaned_data
