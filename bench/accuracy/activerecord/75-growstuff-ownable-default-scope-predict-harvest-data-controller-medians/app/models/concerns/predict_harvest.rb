module PredictHarvest
  extend ActiveSupport::Concern

  included do
    def first_harvest_date
      harvests_with_dates.minimum(:created_at) # expect: scans-all [ar75a] cross
    end

    def last_harvest_date
      harvests_with_dates.maximum(:created_at) # expect: scans-all [ar75b] cross
    end

    def update_harvest_days!
      days_to_first_harvest = nil
      if harvests_with_dates.size.positive? # expect: scans-all [ar75c] cross
        days_to_first_harvest = (first_harvest_date.to_date - Date.current).to_i
        days_to_first_harvest = (last_harvest_date.to_date - Date.current).to_i if archived?
      end
      update(name: "#{name.split('#').first}##{days_to_first_harvest}") # expect: scans-all [ar75d]
    end

    def harvest_months
      harvests.group("extract(MONTH from leads.created_at)").count # expect: scans-all [ar75e]
    end

    private

    def harvests_with_dates
      harvests.where.not(created_at: nil)
    end
  end
end
