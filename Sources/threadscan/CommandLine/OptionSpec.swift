/// One option a command accepts, declared once: the parser, the help, the USAGE line, the
/// completion scripts and the manual page are all made from it.
struct OptionSpec: Sendable {
    /// The long name without dashes (`format`).
    var name: String
    /// The one-letter short name without the dash (`f`), if any.
    var short: Character?
    /// The name of the option's value in help (`format`), or `nil` for a flag.
    var valueName: String?
    /// One line of help, without the allowed values and the default (added from `kind` and
    /// `defaultValue`).
    var help: String
    /// Whether the option may be given more than once.
    var repeatable: Bool = false
    /// What the value may be.
    var kind: ValueKind = .text
    /// The value used when the option is not given, shown in help.
    var defaultValue: String?

    /// A flag (an option without a value).
    static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: nil, help: help)
    }

    /// An option with a value.
    static func value(
        _ name: String, short: Character? = nil, valueName: String, help: String, repeatable: Bool = false,
        kind: ValueKind = .text, defaultValue: String? = nil
    ) -> OptionSpec {
        OptionSpec(
            name: name, short: short, valueName: valueName, help: help, repeatable: repeatable, kind: kind,
            defaultValue: defaultValue)
    }

    /// How the option is shown in the OPTIONS list: `-f, --format <format>`.
    var synopsis: String {
        var text = short.map { "-\($0), " } ?? ""
        text += "--\(name)"
        if let valueName { text += " <\(valueName)>" }
        return text
    }

    /// How the option is shown in a USAGE line: `[--format <format>]`, `[--target <name> ...]`.
    var usage: String {
        var text = "--\(name)"
        if let valueName { text += " <\(valueName)>" }
        if repeatable { text += " ..." }
        return "[\(text)]"
    }

    /// The help line with the allowed values and the default: `Output format: text, md. (default: text)`.
    var fullHelp: String {
        var text = help
        if let values = kind.listed {
            text += " (\(kind.isOpenList ? "built in" : "one of"): \(values.joined(separator: ", ")))"
        }
        if let range = kind.rangeText { text += " (\(range))" }
        if let defaultValue { text += " (default: \(defaultValue))" }
        return text
    }

    /// Checks `value` against `kind`.
    /// - Throws: `UsageError` naming the option, what it expects, and the closest allowed value.
    func check(_ value: String) throws(UsageError) {
        switch kind {
        case .choice(let allowed):
            guard allowed.contains(value) else {
                throw UsageError(
                    message: "the value '\(value)' is invalid for '--\(name)'; expected one of: "
                        + allowed.joined(separator: ", ") + Spelling.didYouMean(value, among: allowed))
            }
        case .number(let range):
            guard let number = Double(value), number.isFinite, range.contains(number) else {
                throw UsageError(message: "--\(name) needs a number from \(kind.rangeText ?? ""), not '\(value)'")
            }
        case .integer(let range):
            guard let number = Int(value), range.contains(number) else {
                throw UsageError(message: "--\(name) needs a whole number from \(kind.rangeText ?? ""), not '\(value)'")
            }
        case .text, .file, .directory, .names:
            break
        }
    }
}
