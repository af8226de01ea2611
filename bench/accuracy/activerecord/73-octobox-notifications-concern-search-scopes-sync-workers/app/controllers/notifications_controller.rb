class NotificationsController < ApplicationController
  include NotificationsConcern

  before_action :find_notification, only: %i[show star]

  def index
    load_and_count_notifications
  end

  def show
    @comments = @notification.comments.order(:created_at).to_a # expect: scans-all [ar73i] cross
    @recent_comments = @notification.recent_comments
    @notification.mark_read
  end

  def star
    @notification.update(status: @notification.status == "starred" ? "read" : "starred") # expect: scans-all [ar73j] cross
    head :ok
  end

  def archive_selected
    selected_notifications.update_all(status: params[:value] == "false" ? "read" : "archived") # expect: scans-all [ar73k] cross
    head :ok
  end

  def mute_selected
    MuteNotificationsWorker.perform_async(current_user.id, params[:id])
    head :ok
  end

  def mark_read_selected
    selected_notifications.where(status: "unread").update_all(status: "read") # expect: scans-all [ar73l] cross
    head :ok
  end

  def sync
    DownloadService.new(current_user).download
    redirect_back fallback_location: root_path
  end
end
