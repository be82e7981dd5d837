/// One option a command accepts.
struct OptionSpec: Sendable {
    /// The long name without dashes (`format`).
    var name: String
    /// The one-letter short name without the dash (`f`), if any.
    var short: Character?
    /// The name of the option's value in help (`FORMAT`), or `nil` for a flag.
    var valueName: String?
    /// One line of help.
    var help: String
    /// Whether the option may be given more than once.
    var repeatable: Bool = false

    /// A flag (an option without a value).
    static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: nil, help: help)
    }

    /// An option with a value.
    static func value(
        _ name: String, short: Character? = nil, valueName: String, help: String, repeatable: Bool = false
    ) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: valueName, help: help, repeatable: repeatable)
    }

    /// How the option is shown in help: `-f, --format <FORMAT>`.
    var synopsis: String {
        var text = short.map { "-\($0), " } ?? ""
        text += "--\(name)"
        if let valueName { text += " <\(valueName)>" }
        return text
    }
}
