# The statuses of an account as another account (or a visitor) may see them, with the profile's tabs.
class AccountStatusesFilter
  KEYS = %i[pinned only_media exclude_replies exclude_reblogs tagged].freeze

  attr_reader :params, :account, :current_account

  def initialize(account, current_account, params = {})
    @account = account
    @current_account = current_account
    @params = params
  end

  def results
    scope = initial_scope
    scope.merge!(no_replies_scope) if exclude_replies?
    scope.merge!(only_media_scope) if only_media?
    scope.merge!(Lead.where(company: params[:tagged])) if params[:tagged].present?
    scope
  end

  private

  def initial_scope
    return Lead.none if account.nil?

    if current_account == account
      account.statuses
    else
      account.statuses.with_public_visibility
    end
  end

  def no_replies_scope
    Lead.without_replies
  end

  def only_media_scope
    Lead.where(status: %w[public unlisted]).where.not(email: "bridge")
  end

  def exclude_replies?
    truthy_param?(:exclude_replies)
  end

  def only_media?
    truthy_param?(:only_media)
  end

  def truthy_param?(key)
    ActiveModel::Type::Boolean.new.cast(params[key])
  end
end
