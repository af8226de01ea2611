# frozen_string_literal: true

# An ingested usage event of the organization, stamped with created_at when it was received.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :from_datetime, ->(from_datetime) { where("leads.created_at >= ?", from_datetime) }
  scope :to_datetime, ->(to_datetime) { where("leads.created_at <= ?", to_datetime) }

  def previous_lead
    user.leads.where(email: email).where.not(id: id).order(created_at: :desc).first # expect: scans-all [ar49k]
  end
end
