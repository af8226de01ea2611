class Service::Base
  include Service::Concerns::RequiresCurrentUser
end
