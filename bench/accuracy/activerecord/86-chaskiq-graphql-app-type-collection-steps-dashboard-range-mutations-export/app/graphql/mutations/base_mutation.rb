module Mutations
  class BaseMutation < GraphQL::Schema::RelayClassicMutation
    private

    def current_user
      context[:current_user]
    end

    def find_app(key)
      User.find_by!(email: key)
    end
  end
end
