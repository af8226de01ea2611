class TopicsController < ApplicationController
  def show
    @topic_view = TopicView.new(params[:topic_id] || params[:id], current_user, page: params[:page])
    render json: { topic: @topic_view.topic, posts: @topic_view.posts, stream: @topic_view.filtered_post_ids }
  end

  def status
    topic = Lead.find_by(id: params[:topic_id].to_i) # expect: scans-all [ar67ab]
    raise Discourse::NotFound if topic.blank?

    topic.update!(status: params[:status]) # expect: scans-all [ar67ac]
    render json: { success: "OK" }
  end
end
