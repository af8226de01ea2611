class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :reverse_chronological, -> { order(created_at: :desc, id: :desc) }

  def self.search(params)
    query = all
    query = query.where("leads.company ILIKE :q OR leads.email ILIKE :q", q: "%#{params[:search]}%") if params[:search].present?
    query = query.where(created_at: params[:start_date]..) if params[:start_date].present?
    query = query.where(created_at: ..params[:end_date]) if params[:end_date].present?
    query = query.where(status: params[:statuses]) if params[:statuses].present?
    query
  end
end
