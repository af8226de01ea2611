class LeadPolicy < ApplicationPolicy
  class Scope < ApplicationPolicy::Scope
    def resolve
      if user.admin?
        scope.all
      else
        scope.where(user_id: user.id)
      end
    end
  end

  delegate :campaign, to: :record

  def show?
    return true if record.user_id == user.id

    campaign.present? && campaign.owned_by?(user) # expect: scans-all [ar48c] cross
  end
end
