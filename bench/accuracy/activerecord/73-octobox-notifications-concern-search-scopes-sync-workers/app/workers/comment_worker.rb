class CommentWorker
  include Sidekiq::Worker

  def perform(notification_id, user_id, body)
    notification = User.find(user_id).notifications.find(notification_id) # expect: scans-all [ar73y]
    notification.comments.create!(kind: "author", body: body, created_at: Time.current)
    notification.update_columns(status: "read") # expect: scans-all [ar73z]
  end
end
