import Lexicon

/// The built-in lexicons with one file replaced by a fuzzer's input.
package enum FuzzBundle {
    /// The built-in bundle, read once.
    package static let defaults = LexiconBundle.defaults

    /// The built-in bundle with the file the input's first line names (or, when it names none
    /// among `candidates`, the one its first byte picks) replaced by the rest of the input;
    /// `nil` when the rest is not UTF-8, which the loader refuses before any parsing.
    package static func replacing(_ input: FuzzInput, among candidates: [String]) -> (LexiconBundle, String)? {
        guard !candidates.isEmpty, let text = String(validating: input.rest, as: UTF8.self) else { return nil }
        let named = input.headText
        let path = candidates.contains(named) ? named : candidates[Int(input.head.first ?? 0) % candidates.count]
        var bundle = defaults
        bundle.merge(LexiconBundle(files: [LexiconBundle.File(path: path, origin: "fuzz/\(path)", text: text)]))
        return (bundle, path)
    }

    /// The `.tsv` paths of the built-in bundle for which `include` holds, sorted.
    package static func paths(where include: (String) -> Bool) -> [String] {
        defaults.files.keys.filter { $0.hasSuffix(".tsv") && include($0) }.sorted()
    }
}
