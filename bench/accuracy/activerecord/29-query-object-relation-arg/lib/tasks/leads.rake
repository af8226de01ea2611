namespace :leads do
  desc "Expire leads nobody touched"
  task expire: :environment do
    LeadsQuery.new.stale(before: 90.days.ago).update_all(status: "expired") # expect: prunes [ar29f] cross
  end

  desc "Reopen won leads (data fix)"
  task reopen_won: :environment do
    LeadsQuery.new.won.update_all(status: "new") # expect: scans-all [ar29g] cross
  end
end
