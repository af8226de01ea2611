from django.db import models


class Lead(models.Model):
    user_id = models.BigIntegerField()
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "leads"
