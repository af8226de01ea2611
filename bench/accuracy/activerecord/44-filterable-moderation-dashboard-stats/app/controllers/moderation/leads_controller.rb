class Moderation::LeadsController < Moderation::BaseController
  include HasFilters
  include HasOrders
  include ModerateActions

  has_filters %w[pending_review with_replies all], only: :index
  has_orders %w[created_at company], only: :index

  before_action :load_resources, only: [:index, :moderate]

  private

  def resource_model
    Lead
  end
end
