# Syncs a family: every visible account is synced in its own job.
class Family::Syncer
  attr_reader :family

  def initialize(family)
    @family = family
  end

  def perform_sync(window_start_date: nil)
    child_syncables.each do |syncable| # expect: prunes [ar60y] cross
      syncable.sync_later(window_start_date: window_start_date)
    end
  end

  private

  def child_syncables
    family.campaigns.visible
  end
end
