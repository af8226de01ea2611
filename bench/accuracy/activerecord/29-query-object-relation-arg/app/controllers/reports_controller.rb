class ReportsController < ApplicationController
  def won
    month = Date.parse(params[:month])
    @leads = LeadsQuery.new(Lead.where(created_at: month.all_month)).won.order(:id) # expect: prunes [ar29a] cross
  end

  def search
    @leads = LeadsQuery.new.matching(params[:q]).limit(25) # expect: scans-all [ar29b] cross
  end

  def campaigns
    @campaigns = Campaign.where(user_id: current_user.id).joins(:leads).merge(Lead.where(created_at: 1.week.ago..)).distinct # expect: prunes [ar29c]
  end

  def flagged
    @leads = Lead.where(status: "flagged").or(Lead.where(company: params[:company])).where(created_at: 1.month.ago..) # expect: prunes [ar29d]
  end

  def either
    @leads = Lead.where(created_at: 1.day.ago..).or(Lead.where(status: "vip")).to_a # expect: scans-all [ar29e]
  end
end
