# Moving between the requests of the batch a request was sent in.
module Lead::BatchPagination
  def next_in_batch
    return nil unless campaign

    batch_sibling_requests_ordered_by_id[index_in_batch + 1] || first_in_batch # expect: scans-all [ar51l] cross
  end

  private

  def first_in_batch
    batch_sibling_requests_ordered_by_id.first # expect: scans-all [ar51p] cross
  end

  def index_in_batch
    batch_sibling_requests_ordered_by_id.pluck(:id).index(id) # expect: scans-all [ar51k] cross
  end

  def batch_sibling_requests_ordered_by_id
    campaign.leads.reorder(id: :asc)
  end
end
