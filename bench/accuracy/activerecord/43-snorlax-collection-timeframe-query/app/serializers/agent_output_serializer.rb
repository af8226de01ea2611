class AgentOutputSerializer < ActiveModel::Serializer
  attributes :id, :kind, :body, :created_at
end
