# The past conversations of one contact (by e-mail), in the inboxes of the account.
class Api::V1::Accounts::Contacts::ConversationsController < Api::V1::Accounts::BaseController
  def index
    @conversations = Current.account.leads.includes(:campaign).where(campaign_id: inbox_ids, email: params[:contact_email]).order(created_at: :desc).limit(20) # expect: scans-all [ar59v]
  end

  private

  def inbox_ids
    Current.account.campaigns.pluck(:id) # expect: prunes [ar59w]
  end
end
