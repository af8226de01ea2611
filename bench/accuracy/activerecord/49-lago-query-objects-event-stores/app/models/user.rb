# frozen_string_literal: true

# The billing organization: every lead and campaign belongs to one.
class User < ApplicationRecord
  has_many :leads
  has_many :campaigns
end
