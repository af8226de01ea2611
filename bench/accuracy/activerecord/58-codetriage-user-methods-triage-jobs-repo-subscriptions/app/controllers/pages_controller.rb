class PagesController < ApplicationController
  def index
    return unless current_user

    per_page = (params[:per_page] || 50).to_i
    @repos_subs = current_user.campaigns.limit(per_page).offset((params.fetch(:page, 1).to_i - 1) * per_page).to_a # expect: prunes [ar58v]
  end
end
