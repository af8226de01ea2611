class RepoBasedController < ApplicationController
  private

  # Keyset pagination on id: the page after or before the given record id.
  def paginate(records, after:, before:)
    if after.present?
      records.where("#{records.table_name}.id > ?", after).order(:id)
    elsif before.present?
      records.where("#{records.table_name}.id < ?", before).order(id: :desc)
    else
      records.order(:id)
    end
  end
end
