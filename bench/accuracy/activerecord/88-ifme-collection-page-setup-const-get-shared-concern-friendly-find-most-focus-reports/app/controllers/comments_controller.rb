class CommentsController < ApplicationController
  def create
    commentable = Lead.find_by(id: params.require(:comment)[:commentable_id]) # expect: scans-all [ar88r]
    return head :not_found unless commentable

    comment = commentable.comments.create!(kind: params[:comment][:visibility], body: params[:comment][:comment])
    render json: { id: comment.id }
  end

  def delete
    comment = AgentOutput.find_by(id: params[:comment_id]) # expect: scans-all [ar88s]
    comment.destroy if comment && deletable?(comment) # expect: scans-all [ar88t]
    head :no_content
  end

  private

  def deletable?(comment)
    comment.moment.user_id == current_user.id # expect: scans-all [ar88ae]
  end
end
