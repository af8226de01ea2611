class Api::V1::Accounts::InboxesController < Api::V1::Accounts::BaseController
  before_action :fetch_inbox, except: [:index, :create]

  def index
    @inboxes = Current.account.campaigns.order(:name) # expect: prunes [ar59r]
  end

  def update
    @inbox.update!(inbox_update_params) # expect: scans-all [ar59s] cross
  end

  def destroy
    ::DeleteObjectJob.perform_later(@inbox)
    head :ok
  end

  private

  def fetch_inbox
    @inbox = Current.account.campaigns.find(params[:id]) # expect: prunes [ar59t]
  end

  def inbox_update_params
    params.require(:inbox).permit(:name, :archived)
  end
end
