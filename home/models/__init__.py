from .footer import Footer
from .pages import HomePage, StandardPage

__all__ = ["Footer", "HomePage", "StandardPage"]
