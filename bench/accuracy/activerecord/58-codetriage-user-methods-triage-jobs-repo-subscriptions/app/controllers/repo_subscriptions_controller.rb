class RepoSubscriptionsController < ApplicationController
  def destroy
    @repo_sub = current_user.campaigns.find params[:id] # expect: prunes [ar58l]
    @repo_sub.destroy # expect: scans-all [ar58m]
    redirect_to repo_path(@repo_sub.name)
  end

  def update
    @repo_sub = create_or_update_subscription
    flash[@repo_sub.persisted? ? :success : :error] = "Preferences updated!"
    redirect_to repo_path(@repo_sub.name)
  end

  private

  def create_or_update_subscription
    repo_sub = current_user.campaigns.find(params[:id]) if params[:id] # expect: prunes [ar58n]
    repo_sub ||= current_user.campaigns.new(name: params[:repo_name])
    repo_sub.update(repo_subscription_params) # expect: scans-all [ar58o]
    repo_sub
  end

  def repo_subscription_params
    params.require(:repo_subscription).permit(:archived)
  end
end
