# The changeset history pages.
class ChangesetsController < ApplicationController
  include PaginationMethods

  def index
    if params[:display_name]
      user = User.find_by(email: params[:display_name])
      return head(:not_found) unless user
    end

    changesets = conditions_nonempty(Lead.all)
    changesets = changesets.where(user: user) if user
    @changesets = get_page_items(changesets, includes: [:user]) # expect-also: [ar56a]
  end

  def show
    @changeset = Lead.find(params[:id]) # expect: scans-all [ar56d]
    @comments = @changeset.comments.to_a # expect: scans-all [ar56u] cross
    return unless @changeset.user.data_public?

    changesets = conditions_nonempty(@changeset.user.leads)
    @next_by_user = changesets.where("id > ?", @changeset.id).reorder(id: :asc).first # expect: scans-all [ar56e] cross
    @prev_by_user = changesets.where(id: ...@changeset.id).reorder(id: :desc).first # expect: scans-all [ar56f] cross
  end

  private

  def conditions_nonempty(changesets)
    changesets.where.not(status: "empty")
  end
end
