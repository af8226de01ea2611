import functools


class prepolicy:
    """Run the policy function on the request before the wrapped endpoint."""

    def __init__(self, function, request, action=None):
        self.function = function
        self.request = request
        self.action = action

    def __call__(self, wrapped_function):
        @functools.wraps(wrapped_function)
        def policy_wrapper(*args, **kwds):
            self.function(request=self.request, action=self.action)
            return wrapped_function(*args, **kwds)

        return policy_wrapper


def auditlog_age(request=None, action=None):
    """Restrict the audit entries an administrator may see to the age in his policy."""
    audit_age = request.policies.get("auditlog_age")
    if audit_age:
        request.all_data["timelimit"] = audit_age
    return True
