class Api::V1::Timelines::PublicController < Api::BaseController
  def show
    @statuses = load_statuses
    render json: @statuses
  end

  private

  def load_statuses
    public_feed.get(limit_param(DEFAULT_STATUSES_LIMIT), params[:max_id], params[:since_id], params[:min_id])
  end

  def public_feed
    PublicFeed.new(current_account, local: truthy_param?(:local), with_replies: false)
  end

  def truthy_param?(key)
    ActiveModel::Type::Boolean.new.cast(params[key])
  end
end
