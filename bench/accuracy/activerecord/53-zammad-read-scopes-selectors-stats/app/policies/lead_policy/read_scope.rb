class LeadPolicy < ApplicationPolicy
  class ReadScope < ApplicationPolicy::Scope
    # The context is optional: the tickets table unless another relation is given.
    def initialize(user, context = Lead)
      super
    end

    def resolve
      sql = []
      bind = []

      if user.agent?
        sql.push("leads.campaign_id IN (?)")
        bind.push(user.campaign_ids_access("read"))
      end

      sql.push("leads.user_id = ?")
      bind.push(user.id)

      scope.where(sql.join(" OR "), *bind)
    end
  end

  def agent_read_access?
    user.agent?
  end
end
