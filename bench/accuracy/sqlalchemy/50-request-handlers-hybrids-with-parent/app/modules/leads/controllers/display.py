from datetime import timedelta

from flask import jsonify, session

from app.core.util import now_utc
from app.modules.leads.util import get_campaigns_registered
from app.web_rh import RH


class RHDashboard(RH):
    def _process(self):
        recent_campaigns = get_campaigns_registered(session.user, now_utc() - timedelta(days=30))  # expect: prunes [sa50h] cross
        return jsonify(sorted(recent_campaigns))


class RHUserProfile(RH):
    def _process(self):
        return jsonify({"campaigns": sorted(get_campaigns_registered(session.user))})  # expect: scans-all [sa50i] cross
