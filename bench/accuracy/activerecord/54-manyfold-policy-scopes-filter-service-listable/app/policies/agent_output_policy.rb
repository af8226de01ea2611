class AgentOutputPolicy < ApplicationPolicy
  class Scope < ApplicationPolicy::Scope
    # Files are visible to whoever may see their model.
    def resolve
      scope.all
    end
  end
end
