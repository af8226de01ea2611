from crm.models import Campaign


class InstanceEvent:
    """An event about one object: its watches are the user's subscriptions named after the event and the object."""

    event_type = None

    def __init__(self, instance):
        self.instance = instance

    @classmethod
    def watch_name(cls, instance):
        return f"{cls.event_type}-{instance.pk}"

    def _watches(self):
        return Campaign.objects.filter(name=self.watch_name(self.instance), archived=False)

    def fire(self, exclude=None):
        watches = self._watches()
        if exclude is not None:
            watches = watches.exclude(user=exclude)
        return [watch.user_id for watch in watches]  # expect: scans-all [dj64r] cross

    @classmethod
    def notify(cls, user, instance):
        watch, _ = Campaign.objects.get_or_create(user=user, name=cls.watch_name(instance))  # expect: prunes [dj64s]
        return watch

    @classmethod
    def is_notifying(cls, user, instance):
        return Campaign.objects.filter(user=user, name=cls.watch_name(instance), archived=False).exists()  # expect: prunes [dj64t]
