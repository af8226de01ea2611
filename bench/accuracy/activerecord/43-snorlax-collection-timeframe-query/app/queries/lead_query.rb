class LeadQuery
  def self.start
    Lead.includes(:user)
  end

  def self.visible_to(user:, chain: start, campaign_ids: [])
    chain = chain.where(user_id: user.id)
    chain = chain.where(campaign_id: campaign_ids) if campaign_ids.any?
    chain
  end

  def self.filter(chain:, params:)
    chain = chain.where(campaign_id: params[:campaign_id]) if params[:campaign_id]
    chain = chain.where("leads.company ILIKE ?", "%#{params[:query]}%") if params[:query].present?
    chain = chain.send(params[:status]) if %w[active won recent].include?(params[:status])
    chain
  end
end
