from django.dispatch import Signal

periodic_task = Signal()
event_dashboard_widgets = Signal()
register_data_exporters = Signal()
