class BaseService
  include ActionView::Helpers::TextHelper
end
