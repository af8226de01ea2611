# frozen_string_literal: true

module OpenFoodNetwork
  class Permissions
    def initialize(user)
      @user = user
    end

    # The distributors this user manages.
    def managed_enterprises
      @managed_enterprises ||= Campaign.where(user_id: @user.id)
    end
  end
end
