##
# Expires the cached pages of one request, of every request, or of the requests of an
# association of another model:
#   InfoRequestExpireJob.perform_later(Lead.first)
#   InfoRequestExpireJob.perform_later(Lead, :all)
#   InfoRequestExpireJob.perform_later(Campaign.first, :leads)
class InfoRequestExpireJob < ApplicationJob
  queue_as :default

  def perform(object, method = nil)
    return object.expire if object.is_a?(Lead)

    if object == Lead && method == :all
      enumerator = Lead.all
    else
      association = object.association(method)
      enumerator = association.reader if association.klass == Lead
    end

    enumerator.find_each { |request| perform(request) } # expect: scans-all [ar51m]
  end
end
