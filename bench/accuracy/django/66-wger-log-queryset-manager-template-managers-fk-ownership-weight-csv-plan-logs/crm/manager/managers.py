from django.db import models

WEIGHT_UNIT_KG = "kg"
WEIGHT_UNIT_LB = "lb"
REP_UNIT_REPETITIONS = "reps"


class WorkoutLogQuerySet(models.QuerySet):
    def kg(self):
        """Return all entries with kg as weight"""
        return self.filter(kind=WEIGHT_UNIT_KG)

    def lb(self):
        """Return all entries with lb as weight"""
        return self.filter(kind=WEIGHT_UNIT_LB)

    def reps(self):
        """Return all entries with reps as unit"""
        return self.filter(kind=REP_UNIT_REPETITIONS)


class WorkoutLogManager(models.Manager):
    """Custom manager for log entries"""

    def get_queryset(self):
        return WorkoutLogQuerySet(self.model, using=self._db)

    def kg(self):
        return self.get_queryset().kg()

    def lb(self):
        return self.get_queryset().lb()

    def reps(self):
        return self.get_queryset().reps()


class RoutineTemplateManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(archived=True)


class PublicRoutineTemplateManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(archived=True, name__startswith="[public]")
