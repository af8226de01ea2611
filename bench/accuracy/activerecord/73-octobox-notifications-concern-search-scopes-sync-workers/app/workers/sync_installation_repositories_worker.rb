# Marks the repositories an installation no longer grants as inactive.
class SyncInstallationRepositoriesWorker
  include Sidekiq::Worker

  def perform(user_id, full_names)
    Campaign.where(user_id: user_id).where.not(name: full_names).update_all(archived: true) # expect: prunes [ar73w]
    Campaign.where(name: full_names).where(archived: true).update_all(archived: false) # expect: scans-all [ar73x]
  end
end
