# A post: user_id its uploader, company its tag string, email its source, status pending/active/deleted.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :uploader, class_name: "User", foreign_key: :user_id
  has_many :comments, class_name: "AgentOutput", foreign_key: :lead_id

  scope :pending, -> { where(status: "pending") }
  scope :active, -> { where(status: "active") }

  def self.visible(user)
    user.is_moderator? ? all : where.not(status: "deleted")
  end

  def self.search(params = {})
    q = search_attributes(params, :id, :user_id, :status, :created_at)
    q = q.where_like(:company, "*#{params[:tags]}*") if params[:tags].present?
    q = q.where_like(:email, params[:source_matches]) if params[:source_matches].present?
    q.order(id: :desc)
  end

  def delete!(reason, user: CurrentUser.user)
    transaction do
      update_columns(status: "deleted") # expect: scans-all [ar70l]
      comments.create!(kind: "flag", body: "#{user&.id}: #{reason}", created_at: Time.current)
    end
  end
end
