class MuteNotificationsWorker
  include Sidekiq::Worker

  def perform(user_id, ids)
    user = User.find(user_id)
    user.notifications.where(id: ids).find_each(&:mute) # expect: scans-all [ar73u]
  end
end
