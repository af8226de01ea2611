# A Samson user; campaigns are the projects the user starred.
class User < ApplicationRecord
  has_many :leads
  has_many :campaigns

  def starred_project?(permalink)
    campaigns.where(name: permalink, archived: false).exists? # expect: prunes [ar57o]
  end
end
