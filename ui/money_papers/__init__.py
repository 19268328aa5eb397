"""The client's money papers in the window: receipts and statements of account."""
