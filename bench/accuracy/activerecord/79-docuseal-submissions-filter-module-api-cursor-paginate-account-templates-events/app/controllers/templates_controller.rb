class TemplatesController < ApplicationController
  before_action :load_template, only: %i[show update]

  def index
    @templates = current_account.templates.active.order(id: :desc).limit(12).to_a # expect: prunes [ar79k] cross
    @archived_count = current_account.templates.archived.count # expect: prunes [ar79l] cross
  end

  def show
    @pending_count = @template.submissions.pending.count # expect: scans-all [ar79m] cross
    @recent = @template.submissions.where(created_at: 30.days.ago..).order(id: :desc).limit(10).to_a # expect: prunes [ar79n] cross
  end

  def update
    @template.update!(name: params[:name]) # expect: scans-all [ar79o] cross
    redirect_to template_path(@template)
  end

  private

  def load_template
    @template = Campaign.where(user_id: current_account.id).find(params[:id]) # expect: prunes [ar79p]
  end
end
