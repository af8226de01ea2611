class Api::NotificationsController < Api::ApplicationController
  include NotificationsConcern

  # The API lists what changed since the client's last poll, a week back when it has none.
  def index
    since = params[:since].present? ? Time.iso8601(params[:since]) : 1.week.ago
    scope = current_user.notifications.since(since).newest
    @notifications = scope.limit(per_page).to_a # expect: prunes [ar73m] cross
    render json: @notifications
  end

  def unread_count
    render json: { count: user_unread_count }
  end

  def lookup
    @notification = current_user.notifications.repo(params[:repo]).find_by(email: params[:title]) # expect: scans-all [ar73n] cross
    render json: @notification
  end
end
