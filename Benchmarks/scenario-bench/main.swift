print("scenario-bench: not yet")
