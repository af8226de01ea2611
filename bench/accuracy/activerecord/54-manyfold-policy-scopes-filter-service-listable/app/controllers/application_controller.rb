class ApplicationController < ActionController::Base
  include Pundit::Authorization

  after_action :verify_policy_scoped, only: :index # rubocop:disable Rails/LexicallyScopedActionFilter
end
