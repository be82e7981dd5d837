/// Stops the fuzzer on a broken invariant, so libFuzzer keeps the input as a crash.
package enum FuzzFailure {
    /// Aborts with `message` when `condition` does not hold.
    package static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }
}
