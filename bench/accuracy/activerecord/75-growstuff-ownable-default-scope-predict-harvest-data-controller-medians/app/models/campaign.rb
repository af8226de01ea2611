# A planting: user_id its owner, name the crop's slug, archived whether it is finished.
class Campaign < ApplicationRecord
  include Finishable
  include PredictHarvest

  self.primary_key = :id

  belongs_to :owner, class_name: "User", foreign_key: :user_id
  has_many :harvests, class_name: "Lead", foreign_key: :campaign_id
end
