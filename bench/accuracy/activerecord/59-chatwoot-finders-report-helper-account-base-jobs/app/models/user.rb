# An account of the helpdesk: its inboxes are campaigns, its conversations leads.
class User < ApplicationRecord
  has_many :campaigns
  has_many :leads
  has_many :agent_outputs, through: :leads
end
