class LeadPolicy < ApplicationPolicy
  class Scope < ApplicationPolicy::Scope
  end
end
