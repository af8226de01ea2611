class SignaturesController < ApplicationController
  before_action :retrieve_signature, only: %i[verify unsubscribe signed]

  def verify
    @signature.validate!
    redirect_to signed_signature_url(@signature)
  end

  def signed
    @number = @signature.number
    @already_signed = Lead.where(campaign_id: @signature.campaign_id)
                          .for_email(@signature.email).validated.where.not(id: @signature.id).exists? # expect: scans-all [ar77m] cross
  end

  def unsubscribe
    @signature.unsubscribe!
    @receipt = @signature.email_sent_receipt("unsubscribe")
  end

  private

  def retrieve_signature
    @signature = Lead.find(params[:id]) # expect: scans-all [ar77n]
  end
end
