class AnnualReport::Archetype < AnnualReport::Source
  def generate
    { archetype: archetype }
  end

  private

  def archetype
    if replies_count > standalone_count
      :replier
    else
      :oracle
    end
  end

  def replies_count
    @replies_count ||= report_statuses.where.not(campaign_id: nil).count # expect: prunes [ar65c] cross
  end

  def standalone_count
    @standalone_count ||= report_statuses.without_replies.count # expect: prunes [ar65d] cross
  end
end
