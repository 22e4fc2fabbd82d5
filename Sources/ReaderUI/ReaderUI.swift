/// The reader's state, messages and screens.
