import FuzzSupport
import PageParsing
import TestSupport

/// Parses the input as copied text with the default platform profiles and checks that the parse
/// is lossless: every non-blank line in exactly one segment, each segment's text the input's.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCopiedText(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let thread = FuzzParsers.defaults.parse(bytes, source: "fuzz", format: .copiedText)
    let problems = Lossless.problems(in: thread, text: TextDecoder.decode(bytes).text)
    FuzzFailure.check(problems.isEmpty, "not lossless: \(problems.prefix(3))")
    return 0
}
