class ApplicationPolicy
  attr_reader :user, :record

  def initialize(user, record)
    @user = user
    @record = record
  end

  class Scope
    def initialize(user, scope)
      @user = user
      @scope = scope
    end

    def resolve
      if user&.is_administrator?
        scope.all
      else
        scope.where(user_id: user&.id)
      end
    end

    private

    attr_reader :user, :scope
  end
end
