module NotificationsConcern
  extend ActiveSupport::Concern

  DEFAULT_PER_PAGE = 20

  def load_and_count_notifications(scope = notifications_for_presentation)
    count_notifications(scope)
    @unread_count = user_unread_count
    load_notifications(scope)
  end

  def load_notifications(scope = notifications_for_presentation)
    scope = current_notifications(scope)
    check_out_of_bounds(scope)

    @total = scope.count # expect: scans-all [ar73c] cross
    @notifications = scope.offset((page - 1) * per_page).limit(per_page).to_a # expect: scans-all [ar73d] cross
    scope
  end

  def count_notifications(scope)
    @repositories = scope.reorder(nil).distinct.group(:company).count # expect: scans-all [ar73e] cross
  end

  def user_unread_count
    current_user.notifications.inbox.unread(true).count # expect: scans-all [ar73f] cross
  end

  def selected_notifications
    if params[:id] == ["all"]
      current_notifications
    else
      current_user.notifications.where(id: params[:id])
    end
  end

  def current_notifications(scope = notifications_for_presentation)
    %i[repo unread].each do |sub_scope|
      next unless params[sub_scope].present?

      scope = scope.send(sub_scope, params[sub_scope])
    end
    scope
  end

  def notifications_for_presentation
    @search = Search.new(query: params[:q], scope: current_user.notifications)

    if params[:q].present?
      @search.results
    elsif params[:starred].present?
      @search.scope.starred.newest
    elsif params[:archive].present?
      @search.scope.archived.newest
    else
      @search.scope.inbox.newest
    end
  end

  def check_out_of_bounds(scope)
    return unless page > 1

    total_pages = (scope.count / per_page.to_f).ceil # expect: scans-all [ar73g] cross
    redirect_to url_for(page: total_pages) if page > total_pages
  end

  def find_notification
    @notification = current_user.notifications.find(params[:id]) # expect: scans-all [ar73h]
  end

  def page
    @page ||= [Integer(params[:page] || 1), 1].max
  end

  def per_page
    @per_page ||= (Integer(params[:per_page]) rescue DEFAULT_PER_PAGE).clamp(1, 100)
  end
end
