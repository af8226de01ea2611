# frozen_string_literal: true

class Lead < ActiveRecord::Base
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs, dependent: :destroy

  scope :state, ->(filters) { where("status IN (?)", filters) }
  scope :converted, -> { where(status: "converted") }
  scope :for_campaign, ->(id) { where(campaign_id: id) }
  scope :text_search, ->(query) { where("leads.company ILIKE :q OR leads.email ILIKE :q", q: "%#{query}%") }
  scope :visible_on_dashboard, ->(user) { where("leads.user_id = :id AND leads.status <> 'converted'", id: user.id) }
  scope :by_created_at, -> { order("leads.created_at DESC") }

  uses_user_permissions
  sortable by: ["company ASC", "email ASC", "created_at DESC"], default: "created_at DESC"

  def self.per_page
    20
  end

  # Leads that came in over the given period (two weeks unless told otherwise).
  def self.recently_created(duration = 2.weeks)
    where("leads.created_at >= ?", Time.zone.now - duration)
  end

  def convert
    update_attribute(:status, "converted") # expect: scans-all [ar50f]
  end

  def full_name
    "#{company} <#{email}>"
  end
end
