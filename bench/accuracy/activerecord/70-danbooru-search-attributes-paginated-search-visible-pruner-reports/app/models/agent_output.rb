# A comment: lead_id its post, kind comment/flag/deleted, body its text.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :post, class_name: "Lead", foreign_key: :lead_id

  def self.visible(user)
    user.is_moderator? ? all : where.not(kind: "deleted")
  end

  def self.search(params = {})
    q = search_attributes(params, :id, :lead_id, :kind, :created_at)
    q = q.where_like(:body, params[:body_matches]) if params[:body_matches].present?
    q.order(id: :desc)
  end
end
