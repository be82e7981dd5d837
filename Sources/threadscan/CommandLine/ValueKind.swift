/// What an option's or argument's value may be: checked by the parser, listed in help, offered
/// by the completion scripts.
enum ValueKind: Sendable {
    /// Any text.
    case text
    /// A file path (`-` for standard input where the command says so).
    case file
    /// A folder path.
    case directory
    /// One of these values, checked when the command line is read.
    case choice([String])
    /// A name, usually one of the built-in ones this gives (asked only for help, completion and
    /// the manual, so that a run does not pay for the list); the command checks it against what
    /// its lexicons hold (a `--lexicons +DIR` may add names).
    case names(@Sendable () -> [String])
    /// A number in this range.
    case number(ClosedRange<Double>)
    /// A whole number in this range.
    case integer(ClosedRange<Int>)

    /// The values help lists, if any.
    var listed: [String]? {
        switch self {
        case .choice(let values): values
        case .names(let values): values()
        default: nil
        }
    }

    /// Whether `listed` is the built-in part of an open list.
    var isOpenList: Bool {
        if case .names = self { return true }
        return false
    }

    /// The range in words, for help: `0 to 1`.
    var rangeText: String? {
        switch self {
        case .number(let range): "\(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound))"
        case .integer(let range): "\(range.lowerBound) to \(range.upperBound)"
        default: nil
        }
    }

    private static func plain(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
