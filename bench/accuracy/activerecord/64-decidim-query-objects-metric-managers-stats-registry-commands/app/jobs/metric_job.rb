# Runs one metric manager for every organization (scheduled daily, one job per manager class).
class MetricJob < ApplicationJob
  def perform(manager_class, organization_id, day = nil)
    organization = User.find(organization_id)
    manager = manager_class.constantize.for(day)
    manager.with_context(organization)
    manager.query
    MetricRecord.upsert(manager.registry!.merge(organization_id: organization.id))
  end
end
