from .throttle import PasswordFailureCount
from .workflow import FourEyesApprovalTask

__all__ = ["FourEyesApprovalTask", "PasswordFailureCount"]
