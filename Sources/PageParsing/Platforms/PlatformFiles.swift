import Lexicon

/// Where a platform's files live in a lexicon bundle: one folder `platforms/<name>/` holding
/// `text.tsv` (the copied-text line patterns), `html.tsv` (the DOM adapter) and `cases/` (example
/// pages with their expected posts). `platforms/common.tsv` is shared by every text profile.
package enum PlatformFiles {
    /// The shared vocabulary and rules of every text profile.
    package static let common = "platforms/common.tsv"
    /// The folder of every platform.
    package static let root = "platforms/"

    /// The platform a copied-text profile at `path` belongs to: `platforms/<name>/text.tsv`, or the
    /// older flat `platforms/<name>.tsv`; `nil` for any other file.
    package static func textProfileName(_ path: String) -> String? {
        name(of: path, file: "text.tsv") ?? flatName(path)
    }

    /// The platform a DOM adapter at `path` belongs to (`platforms/<name>/html.tsv`), or `nil`.
    package static func htmlAdapterName(_ path: String) -> String? {
        name(of: path, file: "html.tsv")
    }

    /// The platform and page name of a case file at `path`
    /// (`platforms/<name>/cases/<page>.html|.mhtml|.txt`), or `nil`.
    package static func caseFile(_ path: String) -> (platform: String, page: String)? {
        guard path.hasPrefix(root) else { return nil }
        let parts = path.dropFirst(root.count).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1] == "cases", !parts[0].isEmpty else { return nil }
        let page = String(parts[2])
        guard caseExtensions.contains(where: { page.hasSuffix($0) }) else { return nil }
        return (String(parts[0]), page)
    }

    /// The extensions of case pages.
    package static let caseExtensions = [".html", ".htm", ".mhtml", ".mht", ".txt"]
    /// The extension of a case page's expectations, added to the page's name.
    package static let expectedSuffix = ".expected.tsv"

    private static func name(of path: String, file: String) -> String? {
        guard path.hasPrefix(root) else { return nil }
        let parts = path.dropFirst(root.count).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1] == file, !parts[0].isEmpty else { return nil }
        return String(parts[0])
    }

    private static func flatName(_ path: String) -> String? {
        guard path.hasPrefix(root), path.hasSuffix(".tsv"), path != common else { return nil }
        let name = path.dropFirst(root.count).dropLast(".tsv".count)
        guard !name.isEmpty, !name.utf8.contains(UInt8(ascii: "/")) else { return nil }
        return String(name)
    }
}

extension PlatformFiles {
    /// The names of the platforms `bundle` holds a copied-text profile or a DOM adapter for,
    /// sorted, each once, read from the file paths alone (nothing is parsed).
    package static func names(in bundle: LexiconBundle) -> [String] {
        let names = bundle.files(under: root).compactMap { textProfileName($0.path) ?? htmlAdapterName($0.path) }
        return Array(Set(names)).sorted()
    }
}
