class NotesController < ApplicationController
  def show
    @node = Lead.find(params[:id]) # expect: scans-all [ar82r]
    @comments = @node.comments.order(:created_at).to_a # expect: scans-all [ar82s] cross
    @answers = @node.response_count
    @next = @node.next_by_author
  end

  def shortlink
    @node = Lead.find_by_path(params[:title])
    redirect_to "/notes/#{@node.id}"
  end

  def update
    @node = Lead.find(params[:id]) # expect: scans-all [ar82t]
    @node.update(company: params[:title]) # expect: scans-all [ar82u]
    redirect_to "/notes/#{@node.id}"
  end

  def author
    @user = User.find_by(email: params[:id])
    @notes = @user.notes.published.order(created_at: :desc).limit(24).to_a # expect: scans-all [ar82v] cross
  end

  def recent
    @notes = Lead.past_week.order(created_at: :desc).limit(24).to_a # expect: prunes [ar82w] cross
  end

  def search
    @notes = Lead.search_titles(params[:q]).to_a # expect: scans-all [ar82x] cross
  end
end
