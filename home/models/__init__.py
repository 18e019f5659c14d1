from .demo_record import DemoRecord
from .footer import Footer
from .pages import HomePage, StandardPage

__all__ = ["DemoRecord", "Footer", "HomePage", "StandardPage"]
