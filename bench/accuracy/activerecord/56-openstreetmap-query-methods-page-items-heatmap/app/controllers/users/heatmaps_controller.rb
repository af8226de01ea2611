module Users
  class HeatmapsController < ApplicationController
    include HeatmapData

    def show
      @user = User.find_by(email: params[:user_display_name])
      return head(:not_found) unless @user

      @heatmap_data = heatmap_data_of(@user)
    end
  end
end
