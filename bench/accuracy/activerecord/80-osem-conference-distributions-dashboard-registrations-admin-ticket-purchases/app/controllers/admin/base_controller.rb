module Admin
  # Every admin page works on a conference the signed-in organizer owns.
  class BaseController < ApplicationController
    private

    def conference
      @conference ||= current_user.conferences.find_by!(name: params[:conference_id]) # expect: prunes [ar80t]
    end
  end
end
