module Authentication
  extend ActiveSupport::Concern

  included do
    before_action :authenticate_user!
  end

  private

  def authenticate_user!
    Current.session = Session.find_by(id: cookies.signed[:session_token])
    redirect_to new_session_url unless Current.session
  end
end
