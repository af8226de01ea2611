class LeadSerializer
  include JSONAPI::Serializer

  attributes :company, :email, :status, :created_at
end
