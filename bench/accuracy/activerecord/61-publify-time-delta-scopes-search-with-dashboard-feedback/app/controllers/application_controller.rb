class ApplicationController < ActionController::Base
  helper_method :this_blog

  private

  def this_blog
    @this_blog ||= User.find(1)
  end
end
