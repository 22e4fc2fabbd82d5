import Testing

/// The reader run as a person runs it: the built executable in a real terminal (tmux).
///
/// Serialized: each test has a tmux server of its own, but they are timing-sensitive and the
/// machines have two cores.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end tests skipped"))
struct EndToEndTests {}
