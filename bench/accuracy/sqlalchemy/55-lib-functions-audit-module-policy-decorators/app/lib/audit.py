import importlib
import re
from datetime import timedelta


def get_module_class(package_name, class_name, check_method=None):
    """Import the module of the given name and return the class of the given name."""
    mod = importlib.import_module(package_name)
    klass = getattr(mod, class_name)
    if check_method and not hasattr(klass, check_method):
        raise NameError("Class %r has no method %r" % (class_name, check_method))
    return klass


def getAudit(config, startdate=None):
    audit_module = config.get("PI_AUDIT_MODULE", "app.lib.auditmodules.sqlaudit")
    return get_module_class(audit_module, "Audit", "is_readable")(config, startdate)


def parse_timedelta(s):
    m = re.match(r"^\s*(\d+)\s*([smhdy])\s*$", s)
    seconds = {"s": 1, "m": 60, "h": 3600, "d": 86400, "y": 31536000}[m.group(2)]
    return timedelta(seconds=int(m.group(1)) * seconds)


def search(config, param=None, user=None):
    """Search the audit log with the request's parameters."""
    param = dict(param or {})
    audit = getAudit(config)
    sortorder = param.pop("sortorder", "desc")
    page_size = int(param.pop("page_size", 15))
    page = int(param.pop("page", 1))
    timelimit = None
    if param.get("timelimit"):
        timelimit = parse_timedelta(param.pop("timelimit"))
    pagination = audit.search(param, sortorder=sortorder, page=page, page_size=page_size, timelimit=timelimit)
    return {"auditdata": pagination.auditdata, "count": pagination.total, "current": pagination.current}


def get_statistics(config, start_time=None, end_time=None):
    audit = getAudit(config)
    if start_time is None:
        return audit.get_dataframe(end_time=end_time)
    return audit.get_dataframe(start_time=start_time, end_time=end_time)
