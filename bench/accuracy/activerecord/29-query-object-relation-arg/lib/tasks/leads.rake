namespace :leads do
  desc "Expire leads nobody touched"
  task expire: :environment do
    LeadsQuery.new.stale(before: 90.days.ago).update_all(status: "expired") # expect: prunes [ar29f] cross
  end
end
