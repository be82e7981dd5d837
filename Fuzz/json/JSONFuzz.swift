import FuzzSupport
import Serve

/// Parses the input as JSON (the parser `serve` and JSON Lines input use), with the default
/// nesting limit and a small one: either a value or a typed error, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    _ = try? JSONParser.parse(bytes)
    _ = try? JSONParser.parse(bytes, maximumDepth: 3)
    return 0
}
