class PostsController < ApplicationController
  def destroy
    post = find_post_from_params
    PostDestroyer.new(current_user, post, context: params[:context]).destroy
    render json: { success: "OK" }
  end

  def latest
    posts = AgentOutput.regular.where(created_at: 1.day.ago..).order(created_at: :desc).limit(50).to_a # expect: prunes [ar67ad] cross
    render json: posts
  end

  private

  def find_post_from_params
    AgentOutput.find_by(id: params[:id].to_i) || raise(Discourse::NotFound) # expect: scans-all [ar67ae]
  end
end
