import ThreadScan

/// `--max-input-size`, `--max-depth` and `--max-posts`: the ``ScanLimits`` of the commands that
/// scan pages.
enum LimitOptions {
    /// The options, declared once.
    static let options: [OptionSpec] = [
        .value(
            "max-input-size", valueName: "size",
            help:
                "Read at most this much of each page (bytes, or with K, M or G: KiB, MiB, GiB); the rest is left out with a warning.",
            defaultValue: "256M"),
        .value(
            "max-depth", valueName: "n",
            help: "Nest HTML elements at most this deep; deeper ones are flattened, with a warning.",
            kind: .integer(1...100_000), defaultValue: String(ScanLimits.standard.maximumDepth)),
        .value(
            "max-posts", valueName: "n",
            help: "Analyse at most this many posts of a thread; later ones are left out, with a warning.",
            kind: .integer(1...1_000_000_000), defaultValue: String(ScanLimits.standard.maximumPosts)),
    ]

    /// The limits the command line gives.
    /// - Throws: `UsageError` for a size that is not a number with an optional K, M or G.
    static func limits(_ arguments: ParsedArguments) throws(UsageError) -> ScanLimits {
        let standard = ScanLimits.standard
        return ScanLimits(
            maximumInputBytes: try arguments.value("max-input-size").map(size) ?? standard.maximumInputBytes,
            maximumDepth: arguments.value("max-depth").flatMap { Int($0) } ?? standard.maximumDepth,
            maximumPosts: arguments.value("max-posts").flatMap { Int($0) } ?? standard.maximumPosts)
    }

    /// The multipliers of the size suffixes (compared without regard to case).
    private static let units: [(suffixes: [String], shift: Int)] = [
        (["", "b"], 0), (["k", "kb", "kib"], 10), (["m", "mb", "mib"], 20), (["g", "gb", "gib"], 30),
    ]

    /// The bytes `text` names: `1048576`, `512K`, `64MB`, `1GiB`.
    /// - Throws: `UsageError` saying what a size looks like.
    static func size(_ text: String) throws(UsageError) -> Int {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let suffix = text[digits.endIndex...].lowercased()
        if let number = Int(digits), number > 0, let unit = units.first(where: { $0.suffixes.contains(suffix) }),
            number <= Int.max >> (unit.shift + 1)
        {
            return number << unit.shift
        }
        throw UsageError(
            message: "--max-input-size needs a size such as 1048576, 512K, 64M or 1G, not '\(text)'")
    }
}
