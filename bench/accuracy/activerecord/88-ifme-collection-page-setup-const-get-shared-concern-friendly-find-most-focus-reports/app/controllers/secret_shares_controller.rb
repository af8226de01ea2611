class SecretSharesController < ApplicationController
  def create
    moment = current_user.moments.find(params[:moment]) # expect: scans-all [ar88ad]
    redirect_to "/secret_shares/#{moment.email}"
  end
end
