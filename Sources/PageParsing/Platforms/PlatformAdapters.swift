import Lexicon

/// Every platform's DOM adapter in a lexicon bundle: `platforms/<name>/html.tsv`, compiled once.
package struct PlatformAdapters: Sendable {
    /// The adapters, in name order.
    package var adapters: [HTMLAdapter]

    /// Loads and compiles every `platforms/<name>/html.tsv` of `bundle`.
    /// - Throws: `LexiconError.malformed` naming the file and line of the first bad row.
    package init(bundle: LexiconBundle) throws(LexiconError) {
        adapters = []
        for file in bundle.files(under: PlatformFiles.root) {
            guard let name = PlatformFiles.htmlAdapterName(file.path) else { continue }
            adapters.append(try HTMLAdapter(name: name, file: file.origin, text: file.text))
        }
    }

    /// The adapter named `name`, if there is one.
    package func adapter(named name: String) -> HTMLAdapter? {
        adapters.first { $0.name == name }
    }

    /// Every problem in the bundle's adapter files (each bad row), as `file:line: message`.
    package static func lint(_ bundle: LexiconBundle) -> [LexiconError] {
        var problems: [LexiconError] = []
        for file in bundle.files(under: PlatformFiles.root) {
            guard let name = PlatformFiles.htmlAdapterName(file.path) else { continue }
            do {
                problems += try HTMLAdapter.compile(name: name, file: file.origin, text: file.text).1
            } catch {
                problems.append(error)
            }
        }
        return problems
    }
}
