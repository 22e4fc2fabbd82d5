import CNcurses
import Glibc
import Synchronization

/// The last terminating signal received (0 for none), written by the handler and polled by the loop.
private let receivedSignal = Atomic<Int32>(0)

/// Whether `TerminalSignals.install()` has already run (it must run once: see the crash restorer).
private let signalsInstalled = Atomic<Bool>(false)

/// The crash actions that were installed before ours (the Swift runtime's backtracer), by
/// signal number. Raw memory, so the handler does no reference counting or locking.
nonisolated(unsafe) private let previousCrashActions =
  UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))

/// Signal handling that keeps the terminal usable on every way out of the program.
///
/// Call `install()` early in `main`, before creating an `NcursesTerminal` or starting tasks:
/// ncurses installs its own SIGINT/SIGTERM handlers (which call `exit(1)`, skipping every
/// Swift cleanup) only where the disposition is still the default, and never handles SIGHUP.
///
/// - SIGINT (Ctrl-C), SIGTERM and SIGHUP only set a flag. The run loop polls `pendingSignal`
///   after each `nextEvent(timeoutMilliseconds:)` and leaves its loop, so the terminal's
///   `deinit` restores the screen. A second such signal while the first is still pending
///   restores the screen and terminates at once, so a stuck program can still be stopped.
/// - SIGILL, SIGTRAP, SIGSEGV, SIGBUS and SIGFPE (a Swift trap is SIGILL or SIGTRAP) restore the
///   screen, then hand the signal on to the previous handler, so the backtrace prints on the
///   normal screen.
/// - SIGWINCH and SIGTSTP stay with ncurses: it reports a resize as `KEY_RESIZE`, and it leaves
///   and re-enters the screen around Ctrl-Z and `fg`.
public enum TerminalSignals {
  /// Installs the flag handlers and the crash restorer; later calls do nothing.
  public static func install() {
    guard signalsInstalled.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged
    else { return }
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { received in
        if receivedSignal.exchange(received, ordering: .relaxed) != 0 {
          endwin()  // not async-signal-safe, but the process is ending
          signal(received, SIG_DFL)
          raise(received)
        }
      }
      sigemptyset(&action.sa_mask)
      sigaction(signalNumber, &action, nil)
    }
    for signalNumber in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { received in
        endwin()  // not async-signal-safe, but the process is crashing anyway
        sigaction(received, previousCrashActions + Int(received), nil)
        // A signal sent by another process (kill -SEGV) has no faulting instruction to re-run:
        // raise it again, pending until this handler returns, so it reaches the previous handler.
        // A real fault gets there either way.
        raise(received)
      }
      sigemptyset(&action.sa_mask)
      sigaction(signalNumber, &action, previousCrashActions + Int(signalNumber))
    }
    unblockTerminalSignals()
  }

  /// Unblocks the signals the terminal relies on, in case the parent started us with them
  /// blocked (a blocked mask is inherited): Ctrl-C, Ctrl-Z and resizes would do nothing.
  private static func unblockTerminalSignals() {
    var signals = sigset_t()
    sigemptyset(&signals)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT] {
      sigaddset(&signals, signalNumber)
    }
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
  }

  /// The terminating signal received since `install()` (SIGINT, SIGTERM or SIGHUP), if any.
  public static var pendingSignal: Int32? {
    let value = receivedSignal.load(ordering: .relaxed)
    return value == 0 ? nil : value
  }
}

/// Puts the process in a UTF-8 locale, as ncursesw needs before an `NcursesTerminal` is created.
///
/// Uses the user's locale (`setlocale(LC_ALL, "")`); when that is not UTF-8 (`LANG` unset,
/// `LC_ALL=C`), switches the character type to `C.UTF-8`, which glibc always has.
/// - Returns: whether the process now decodes text as UTF-8.
@discardableResult
public func adoptUTF8Locale() -> Bool {
  setlocale(LC_ALL, "")
  if isUTF8Locale { return true }
  setlocale(LC_CTYPE, "C.UTF-8")
  return isUTF8Locale
}

/// Whether the C library currently decodes multibyte text as UTF-8.
private var isUTF8Locale: Bool {
  guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
  return String(cString: codeset) == "UTF-8"
}
