class ApplicationController < ActionController::Base
  include Authentication, Pagy::Backend
end
