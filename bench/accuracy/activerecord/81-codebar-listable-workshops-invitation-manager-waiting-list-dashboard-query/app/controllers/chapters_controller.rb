class ChaptersController < ApplicationController
  def show
    @chapter = Campaign.active.find_by!(name: params[:id]) # expect: scans-all [ar81w] cross
    @upcoming = @chapter.workshops.upcoming.to_a # expect: prunes [ar81x] cross
    @recent = @chapter.workshops.recent.to_a # expect: prunes [ar81y] cross
  end
end
