import FuzzSupport
import PageParsing

/// Parses the input as a saved HTML page: the DOM built, the platform adapter detected (or the
/// one the first byte picks, or the generic adapter) and the thread extracted; every post's and
/// segment's span must lie inside the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAdapters(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let parser = FuzzParsers.defaults
    let platforms = parser.platforms
    let pick = Int(bytes.first ?? 0)
    let platform = pick < platforms.count ? platforms[pick] : nil
    let thread = parser.parse(bytes, source: "fuzz", platform: platform, format: .html)
    for segment in thread.segments {
        FuzzFailure.check(
            segment.span.byteStart <= segment.span.byteEnd && segment.span.byteEnd <= bytes.count,
            "segment span \(segment.span.byteStart)..<\(segment.span.byteEnd) past \(bytes.count)")
        FuzzFailure.check(segment.span.lineStart <= segment.span.lineEnd, "segment lines reversed")
    }
    for post in thread.posts {
        FuzzFailure.check(post.span.byteEnd <= bytes.count, "post span past the input")
    }
    return 0
}
