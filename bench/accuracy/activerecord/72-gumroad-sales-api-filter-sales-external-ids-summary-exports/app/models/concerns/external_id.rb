# Public ids are the record id obfuscated; lookups decode them on whatever relation they are called on.
module ExternalId
  extend ActiveSupport::Concern

  def external_id
    ObfuscateIds.encrypt(id)
  end

  class_methods do
    def find_by_external_id(external_id)
      find_by(id: ObfuscateIds.decrypt(external_id)) # expect-also: [ar72b] [ar72h] [ar72k] [ar72m]
    end

    def find_by_external_id!(external_id)
      find_by!(id: ObfuscateIds.decrypt(external_id)) # expect-also: [ar72n]
    end
  end
end
