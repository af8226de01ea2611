class CampaignPolicy < ApplicationPolicy
  class Scope < ApplicationPolicy::Scope
    def resolve
      scope.where(user_id: user.id)
    end
  end

  def show?
    record.owned_by?(user)
  end
end
