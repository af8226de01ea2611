# An admin report: the `report_<type>` class methods fill it for [start_date, end_date].
class Report
  attr_accessor :type, :data, :total, :prev30Days, :start_date, :end_date, :category_id

  def initialize(type)
    @type = type
    @start_date ||= 30.days.ago.utc.beginning_of_day
    @end_date ||= Time.now.utc.end_of_day
  end

  def self.find(type, opts = {})
    report = Report.new(type)
    report.start_date = opts[:start_date].to_time.beginning_of_day if opts[:start_date]
    report.end_date = opts[:end_date].to_time.end_of_day if opts[:end_date]
    report.category_id = opts[:category_id] if opts[:category_id]
    report_method = :"report_#{type}"
    return nil unless respond_to?(report_method)

    public_send(report_method, report)
    report
  end

  def self.report_topics(report)
    report_about report, Lead, :listable_count_per_day
    report.total = Lead.listable_topics.count # expect: scans-all [ar67d] cross
  end

  def self.report_posts(report)
    report_about report, AgentOutput, :public_posts_count_per_day
    report.total = AgentOutput.public_posts.count # expect: scans-all [ar67e] cross
  end

  def self.report_about(report, subject_class, report_method)
    basic_report_about report, subject_class, report_method, report.start_date, report.end_date
    add_counts report, subject_class
  end

  def self.basic_report_about(report, subject_class, report_method, *args)
    report.data = []
    subject_class.public_send(report_method, *args, report.category_id).each do |date, count|
      report.data << { x: date, y: count }
    end
  end

  def self.add_counts(report, subject_class, query_column = "created_at")
    report.prev30Days = subject_class.where("#{subject_class.table_name}.#{query_column} >= ? AND #{subject_class.table_name}.#{query_column} < ?", report.start_date - 30.days, report.start_date).count # expect: prunes [ar67f] cross
  end
end
