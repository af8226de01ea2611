class WebhookDeliveryService
  def initialize(webhook_request:)
    @webhook_request = webhook_request
  end

  def call
    response = deliver
    if response.success?
      @webhook_request.destroy # expect: scans-all [ar62q] cross
    else
      @webhook_request.update!(body: nil, kind: "MessageDelayed") # expect: scans-all [ar62y] cross
    end
  end

  private

  def deliver
    Struct.new(:success?).new(true)
  end
end
