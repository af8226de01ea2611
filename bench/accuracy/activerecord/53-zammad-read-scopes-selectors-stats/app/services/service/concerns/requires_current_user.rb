# `Service::X.with_current_user(user).execute(**args)` builds the service and runs it for that user.
module Service::Concerns::RequiresCurrentUser
  extend ActiveSupport::Concern

  class Runner
    def initialize(klass, current_user)
      @klass = klass
      @current_user = current_user
    end

    def execute(**args)
      service = @klass.new(**args)
      service.current_user = @current_user
      service.execute
    end
  end

  included do
    attr_accessor :current_user
  end

  class_methods do
    def with_current_user(current_user)
      Runner.new(self, current_user)
    end
  end
end
