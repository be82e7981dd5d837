import Foundation

/// The lexicon files in force: their relative paths (`incivility.tsv`, `platforms/invision.tsv`)
/// and contents.
///
/// The built binary carries the defaults (`LexiconBundle.defaults`); a folder given with
/// `--lexicons DIR` replaces them and `--lexicons +DIR` adds to them.
public struct LexiconBundle: Sendable {
    /// One file of the bundle.
    package struct File: Sendable, Equatable {
        /// The path relative to the lexicon folder, with `/` separators.
        package var path: String
        /// Where the file was read from, as shown in errors.
        package var origin: String
        /// The file's text.
        package var text: String

        /// Creates a file of the bundle.
        package init(path: String, origin: String, text: String) {
            self.path = path
            self.origin = origin
            self.text = text
        }
    }

    /// The files by relative path.
    package private(set) var files: [String: File]

    /// Creates a bundle from files.
    package init(files: [File]) {
        self.files = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The default lexicons, as built into the binary from `Lexicons/`.
    public static var defaults: LexiconBundle {
        LexiconBundle(
            files: DefaultLexicons.files.map { File(path: $0.path, origin: "Lexicons/\($0.path)", text: $0.text) }
        )
    }

    /// Reads every `.tsv` file under `directory`, recursively, and every file of a platform's
    /// `cases/` folder (`platforms/<name>/cases/*`: the example pages its adapter is tested on).
    public static func load(directory: String) throws(LexiconError) -> LexiconBundle {
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unreadable(path: directory, reason: "no such folder")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            throw .unreadable(path: directory, reason: "the folder cannot be listed")
        }
        var files: [File] = []
        for case let relative as String in enumerator where relative.hasSuffix(".tsv") || isCasePage(relative) {
            let origin = (directory as NSString).appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: origin) else {
                throw .unreadable(path: origin, reason: "the file cannot be read")
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                let offset = Self.firstInvalidUTF8Offset(in: [UInt8](data)) ?? 0
                throw .notUTF8(file: origin, byteOffset: offset)
            }
            files.append(File(path: relative, origin: origin, text: text))
        }
        return LexiconBundle(files: files.sorted { $0.path < $1.path })
    }

    /// Resolves a `--lexicons` argument: `DIR` replaces the defaults, `+DIR` adds to them
    /// (a file of the same relative path replaces the default file).
    public static func resolve(option: String?) throws(LexiconError) -> LexiconBundle {
        guard let option else { return .defaults }
        if option.hasPrefix("+") {
            var bundle = LexiconBundle.defaults
            bundle.merge(try load(directory: String(option.dropFirst())))
            return bundle
        }
        return try load(directory: option)
    }

    /// Adds `other`'s files to the bundle; a file of the same path replaces the one here.
    public mutating func merge(_ other: LexiconBundle) {
        files.merge(other.files) { _, new in new }
    }

    /// The file at `path`, if the bundle has it.
    package func file(_ path: String) -> File? {
        files[path]
    }

    /// The files under the folder `prefix` (`platforms/`), sorted by path.
    package func files(under prefix: String) -> [File] {
        files.values.filter { $0.path.hasPrefix(prefix) }.sorted { $0.path < $1.path }
    }

    /// Parses the file at `path` as a table, or returns `nil` when the bundle has no such file.
    package func table(_ path: String, requiredColumns: Int) throws(LexiconError) -> TSVTable? {
        guard let file = files[path] else { return nil }
        return try TSVTable(file: file.origin, text: file.text, requiredColumns: requiredColumns)
    }

    /// Whether `path` is an example page of a platform (`platforms/<name>/cases/<page>`).
    private static func isCasePage(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count == 4 && parts[0] == "platforms" && parts[2] == "cases" && !parts[3].hasPrefix(".")
    }

    private static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
