module Authentication
  extend ActiveSupport::Concern

  included do
    before_action :resume_session
  end

  private

  def resume_session
    Current.user = User.find_by(id: cookies.signed[:user_id])
  end
end
