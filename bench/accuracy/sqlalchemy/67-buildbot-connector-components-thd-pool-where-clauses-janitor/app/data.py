from datetime import datetime, timedelta, timezone


class BuildEndpoint:
    """The data API: endpoints resolve their kwargs through the db connector components."""

    def __init__(self, master):
        self.master = master

    def get(self, kwargs):
        if "buildid" in kwargs:
            return self.master.db.builds.getBuild(kwargs["buildid"])
        bldr = kwargs.get("builderid") or self.master.db.builders.findBuilderId(kwargs["buildername"])
        return self.master.db.builds.getBuildByNumber(bldr, kwargs["number"])

    def control(self, action, kwargs):
        if action == "stop":
            self.master.db.builds.setBuildStateString(kwargs["buildid"], "stopping")
            self.master.db.builds.finishBuild(kwargs["buildid"], "cancelled")


class BuilderStatsEndpoint:
    def __init__(self, master):
        self.master = master

    def get(self, kwargs):
        end = datetime.now(timezone.utc)
        start = end - timedelta(days=int(kwargs.get("days", 7)))
        builds = self.master.db.builds.getBuildsStartedBetween(kwargs["builderid"], start, end)
        return {"total": len(builds), "success": sum(1 for b in builds if b["results"] == "success")}


class JanitorStep:
    def __init__(self, master, horizon_days):
        self.master = master
        self.horizon_days = horizon_days

    def run(self):
        older_than = datetime.now(timezone.utc) - timedelta(days=self.horizon_days)
        self.master.db.janitor.deleteOldStepOutput(older_than)
        self.master.db.janitor.deleteOldSteps(older_than)
        self.master.db.janitor.deleteOldBuilds(older_than)
        self.master.db.janitor.pruneBuilds(1000)
