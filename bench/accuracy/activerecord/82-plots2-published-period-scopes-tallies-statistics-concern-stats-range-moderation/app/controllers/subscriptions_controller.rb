class SubscriptionsController < ApplicationController
  def index
    @tags = current_user.followed_tags
    @digest_preview = DigestService.new(current_user).notes_for(@tags).limit(10).to_a # expect: prunes [ar82ac] cross
  end

  def create
    subscription = current_user.subscriptions.find_or_initialize_by(name: params[:name]) # expect: prunes [ar82ad] cross
    subscription.update!(archived: false) # expect: scans-all [ar82ae]
    redirect_to "/subscriptions"
  end

  def destroy
    Campaign.where(user_id: current_user.id, name: params[:name]).update_all(archived: true) # expect: prunes [ar82af]
    redirect_to "/subscriptions"
  end
end
