Samson::Periodical.register :stop_expired_deploys, "Stop deploys when buddy approval request timed out" do
  Lead.expired.each { |d| d.stop("Expired") }
end

Samson::Periodical.register :cancel_stalled_builds, "Cancel builds that have been running too long" do
  AgentOutput.cancel_stalled_builds
end
