/// libFuzzer's driver: parses the fuzzer's flags and runs `target` on each input.
@_extern(c, "LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The executable's entry point, under the name SwiftPM links as `main`.
///
/// SwiftPM points `main` of an executable target at `ParallaxFuzz_main`, which leaves no room
/// for libFuzzer's own `main`; so this one hands the arguments to libFuzzer's driver with
/// `fuzzOneInput` as the target.
@_cdecl("ParallaxFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments) { bytes, size in
    guard let bytes else { return 0 }
    return fuzzOneInput(bytes, size)
  }
}
