import FuzzSupport
import Lexicon
import PageParsing

/// The platform files: `platforms/common.tsv` and each platform's `html.tsv` and `text.tsv`.
private let candidates = FuzzBundle.paths { $0.hasPrefix("platforms/") && !$0.contains("/cases/") }

/// Loads the built-in lexicons with one platform file replaced by the input (`path` on the first
/// line, the file's text after it); a parser that builds reads the platform's own example pages.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAdapterFiles(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let (bundle, path) = FuzzBundle.replacing(FuzzInput(data, count: count), among: candidates) else { return 0 }
    guard let parser = try? PageParser(lexicons: bundle) else { return 0 }
    let folder = path.split(separator: "/").dropLast().joined(separator: "/") + "/cases/"
    for page in bundle.files(under: folder).prefix(2) where !page.path.hasSuffix(".tsv") {
        _ = parser.parse(Array(page.text.utf8), source: page.path)
    }
    return 0
}
