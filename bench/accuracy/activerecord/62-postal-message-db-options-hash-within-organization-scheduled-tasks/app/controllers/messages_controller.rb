class MessagesController < ApplicationController
  include WithinOrganization

  before_action { @server = organization.campaigns.present.find_by!(name: params[:server_id]) } # expect: prunes [ar62v] cross
  before_action :set_message, only: %i[show cancel_hold activity]

  def outgoing
    @results = get_messages("outgoing") # expect: scans-all [ar62e] cross
    @messages = @results[:records]
  end

  def held
    @results = @server.message_db.messages_with_pagination(params[:page], where: { held: true }) # expect: scans-all [ar62f] cross
    @messages = @results[:records]
  end

  def show; end

  def cancel_hold
    @message.cancel_hold
    redirect_to [organization, @server, @message]
  end

  def activity
    @deliveries = @message.deliveries
  end

  private

  def set_message
    @message = @server.message_db.message(params[:id].to_i) # expect: scans-all [ar62g] cross
  end

  # The message list's query string: to:, from:, status:, before:, after: (all optional).
  def get_messages(scope)
    options = { where: { scope: scope }, order: :timestamp, direction: "desc" }
    if (query = params[:query].presence)
      qs = QueryString.new(query)
      options[:where][:rcpt_to] = qs[:to] if qs[:to]
      options[:where][:mail_from] = qs[:from] if qs[:from]
      options[:where][:status] = qs[:status] if qs[:status]
      if qs[:before] || qs[:after]
        options[:where][:timestamp] = {}
        options[:where][:timestamp][:less_than] = Time.zone.parse(qs[:before]) if qs[:before]
        options[:where][:timestamp][:greater_than] = Time.zone.parse(qs[:after]) if qs[:after]
      end
    end
    @server.message_db.messages_with_pagination(params[:page], options)
  end
end
