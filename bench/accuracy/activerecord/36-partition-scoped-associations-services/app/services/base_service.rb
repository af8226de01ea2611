class BaseService
  attr_reader :current_user, :params

  def initialize(current_user, params = {})
    @current_user = current_user
    @params = params.dup
  end

  def success(payload = {})
    ServiceResponse.success(payload: payload)
  end
end
