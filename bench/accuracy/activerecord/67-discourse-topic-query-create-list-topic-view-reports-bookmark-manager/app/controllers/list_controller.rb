class ListController < ApplicationController
  def latest
    list = TopicQuery.new(current_user, list_opts).list_latest
    render json: list
  end

  def new
    list = TopicQuery.new(current_user, list_opts).list_new
    render json: list
  end

  def topics_by
    user = User.find_by!(email: params[:username])
    list = TopicQuery.new(current_user, list_opts).list_topics_by(user)
    render json: list
  end

  def category_feed
    ids = TopicQuery.new(current_user, list_opts).list_category_topic_ids(params[:category_id].to_i)
    render json: { topic_ids: ids }
  end

  private

  def list_opts
    { page: params[:page], category: params[:category], muted_category_ids: [] }
  end
end
