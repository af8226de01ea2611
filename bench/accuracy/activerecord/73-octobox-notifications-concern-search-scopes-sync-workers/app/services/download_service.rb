# Downloads the user's notifications from GitHub and upserts them.
class DownloadService
  SYNC_WINDOW = 3.months

  def initialize(user)
    @user = user
  end

  def download
    newest = @user.notifications.since(SYNC_WINDOW.ago).maximum(:created_at) # expect: prunes [ar73r] cross
    remote = GithubClient.new(@user).notifications(since: newest || SYNC_WINDOW.ago)
    existing = existing_notifications(remote.map { |n| n[:id] })
    remote.each do |attrs|
      notification = existing[attrs[:id]] || @user.notifications.new(created_at: attrs[:updated_at])
      notification.assign_attributes(company: attrs[:repository], email: attrs[:title])
      notification.save(touch: false) if notification.changed? # expect: scans-all [ar73s]
    end
  end

  private

  def existing_notifications(ids)
    @user.notifications.where(id: ids).index_by(&:id) # expect: scans-all [ar73t]
  end
end
