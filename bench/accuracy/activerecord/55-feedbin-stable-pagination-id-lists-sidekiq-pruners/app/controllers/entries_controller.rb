class EntriesController < ApplicationController
  def index
    @user = current_user
    feed_ids = @user.campaigns.where(archived: false).pluck(:id) # expect: prunes [ar55d]
    id_cache = LeadIdCache.new(@user.id, feed_ids)
    @entries = Lead.leads_with_campaign(id_cache.lead_ids, @user.lead_sort).leads_list.to_a # expect: scans-all [ar55e] cross
    respond_to do |format|
      format.js { render partial: "shared/entries" }
    end
  end

  def content
    @user = current_user
    @entry = Lead.find(params[:id]) # expect: scans-all [ar55q]
    subscription = Campaign.where(user: @user, id: @entry.campaign_id).first # expect: prunes [ar55r]
    subscription&.update_column(:archived, params[:content_view] != "true") # expect: scans-all [ar55z]
  end

  def mark_all_as_read
    @user = current_user
    unread_entries = AgentOutput.where(kind: "unread", lead_id: @user.leads.where(campaign_id: params[:data]).select(:id))
    if params[:date].present?
      unread_entries = unread_entries.where("created_at <= :last_unread_date", last_unread_date: params[:date])
    end
    unread_entries.delete_all # expect: scans-all [ar55h]
    head :ok
  end
end
