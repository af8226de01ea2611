class AboutController < ApplicationController
  def index
    render json: { about: About.new.stats }
  end
end
