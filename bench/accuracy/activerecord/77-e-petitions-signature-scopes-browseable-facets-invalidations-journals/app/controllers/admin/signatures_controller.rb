module Admin
  class SignaturesController < AdminController
    def index
      @signatures = Lead.for_email(params[:q]).order(created_at: :desc).limit(50).to_a # expect: scans-all [ar77o] cross
    end

    def recent
      @signatures = current_petition.signatures.where(created_at: 48.hours.ago..).order(created_at: :desc).to_a # expect: prunes [ar77p] cross
    end

    def destroy
      signature = current_petition.signatures.where(created_at: params[:created_at].to_time.all_day).find(params[:id]) # expect: prunes [ar77q] cross
      signature.destroy # expect: scans-all [ar77r]
      redirect_to admin_petition_signatures_url(current_petition)
    end

    private

    def current_petition
      @current_petition ||= Campaign.where(user_id: params[:creator_id]).find(params[:petition_id]) # expect: prunes [ar77s]
    end
  end
end
