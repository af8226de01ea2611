class RequestController < ApplicationController
  before_action :find_info_request, only: %i[show next_in_batch]

  def show
    @last_response = @info_request.last_response
  end

  def next_in_batch
    next_request = @info_request.next_in_batch
    redirect_to request_path(next_request || @info_request)
  end

  private

  def find_info_request
    @info_request = Lead.find(params[:id]) # expect: scans-all [ar51h]
  end
end
