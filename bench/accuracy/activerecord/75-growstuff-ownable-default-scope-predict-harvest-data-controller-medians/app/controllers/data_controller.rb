# The base of the controllers for members' records.
class DataController < ApplicationController
  respond_to :html, :json, :csv

  private

  def per_page
    (params[:per_page] || 100).to_i.clamp(1, 200)
  end

  def page_offset
    ([params[:page].to_i, 1].max - 1) * per_page
  end
end
