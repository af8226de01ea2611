class CampaignPolicy < ApplicationPolicy
  class Scope < ApplicationPolicy::Scope
    # Collections are private to their owner, administrators included.
    def resolve
      scope.where(user_id: user.id)
    end
  end
end
