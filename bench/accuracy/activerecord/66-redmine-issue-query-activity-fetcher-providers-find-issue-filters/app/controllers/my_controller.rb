class MyController < ApplicationController
  def page
    @blocks = (params[:blocks] || %w[timelog issuesreportedbyme]).index_with do |name|
      Redmine::MyPage.block_content(name, User.current, params.fetch(:settings, {}))
    end
  end
end
