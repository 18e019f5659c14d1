from .search import PendingIndexUpdate
from .workflow import FourEyesApprovalTask

__all__ = ["FourEyesApprovalTask", "PendingIndexUpdate"]
