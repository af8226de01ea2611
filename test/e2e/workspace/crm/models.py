from django.db import models


class Lead(models.Model):
    company = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        db_table = "leads"
