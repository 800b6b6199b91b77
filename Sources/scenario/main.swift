print("scenario: not yet")
