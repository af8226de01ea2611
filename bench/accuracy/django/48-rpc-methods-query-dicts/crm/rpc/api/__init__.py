from crm.rpc.api import lead, telemetry  # noqa: F401
