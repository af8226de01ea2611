class StreamsController < ApplicationController
  before_action :authenticate_user!

  def won
    stream_responder(Stream::Won)
  end

  def campaign
    campaign = current_user.campaigns.find(params[:campaign_id]) # expect: prunes [ar45h]
    stream_responder(Stream::Campaign, campaign)
  end

  private

  def stream_responder(stream_klass, *args)
    @stream = stream_klass.new(current_user, *args, max_time: params[:max_time])
    render json: { title: @stream.title, leads: @stream.stream_leads, replied: @stream.replied_ids }
  end
end
