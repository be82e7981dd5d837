import Lexicon

/// Every platform's DOM adapter in a lexicon bundle: `platforms/<name>/html.tsv`, compiled once.
package struct PlatformAdapters: Sendable {
    /// The adapters, in name order.
    package private(set) var adapters: [HTMLAdapter]
    /// Every adapter's `detect` and `require` rows, adapter after adapter in file order: the
    /// adapter's index and the row's.
    package private(set) var recognitionRows: [(adapter: Int, rule: Int)] = []
    /// The selectors of ``recognitionRows``, in that order, compiled together so that a page is
    /// walked once to recognise its platform, whatever the number of adapters.
    package private(set) var recognition = SelectorSet([])

    /// Loads and compiles every `platforms/<name>/html.tsv` of `bundle`.
    /// - Throws: `LexiconError.malformed` naming the file and line of the first bad row.
    package init(bundle: LexiconBundle) throws(LexiconError) {
        adapters = []
        for file in bundle.files(under: PlatformFiles.root) {
            guard let name = PlatformFiles.htmlAdapterName(file.path) else { continue }
            adapters.append(try HTMLAdapter(name: name, file: file.origin, text: file.text))
        }
        for (adapter, compiled) in adapters.enumerated() {
            for (rule, row) in compiled.rules.enumerated() where row.role == .detect || row.role == .require {
                recognitionRows.append((adapter, rule))
            }
        }
        recognition = SelectorSet(recognitionRows.map { adapters[$0.adapter].rules[$0.rule].selector })
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
