from .workflow import FourEyesApprovalTask

__all__ = ["FourEyesApprovalTask"]
