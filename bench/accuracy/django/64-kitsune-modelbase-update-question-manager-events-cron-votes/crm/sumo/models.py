from django.db import models


class ManagerBase(models.Manager):
    pass


class ModelBase(models.Model):
    """Base class for the models: adds update() for one-statement saves of a few fields."""

    objects = ManagerBase()

    class Meta:
        abstract = True

    def update(self, **kw):
        """Set the fields on the instance and UPDATE only them, without signals."""
        for k, v in kw.items():
            setattr(self, k, v)
        self.__class__.objects.filter(pk=self.pk).update(**kw)  # expect: scans-all [dj64a]
