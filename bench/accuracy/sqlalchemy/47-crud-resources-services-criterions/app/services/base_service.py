def get_instance(model, instance_id, exception):
    """The instance of `model` with this identity, or raise `exception`."""
    if instance_id is None:
        raise exception()
    instance = model.get(instance_id)
    if instance is None:
        raise exception()
    return instance
