class LeadSerializer < ActiveModel::Serializer
  attributes :id, :company, :email, :status, :created_at
end
