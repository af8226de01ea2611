class SubmittersAutocompleteController < ApplicationController
  def index
    emails = current_account.submissions.where("leads.email ILIKE ?", "#{params[:q]}%")
                                .order(id: :desc).limit(10).pluck(:email).uniq # expect: scans-all [ar79q]
    render json: emails
  end
end
