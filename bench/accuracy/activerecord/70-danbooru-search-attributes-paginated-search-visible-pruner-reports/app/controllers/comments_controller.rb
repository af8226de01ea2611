class CommentsController < ApplicationController
  def index
    @comments = AgentOutput.visible(CurrentUser.user).paginated_search(params).includes(:post) # expect: scans-all [ar70f] cross
    respond_with(@comments)
  end

  def destroy
    @comment = authorize AgentOutput.find(params[:id]) # expect: scans-all [ar70g]
    @comment.update(kind: "deleted") # expect: scans-all [ar70h]
    respond_with(@comment)
  end
end
