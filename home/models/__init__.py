from .demo_record import DemoRecord
from .footer import Footer
from .pages import HomePage, StandardPage
from .site_settings import DemoNotice

__all__ = ["DemoNotice", "DemoRecord", "Footer", "HomePage", "StandardPage"]
