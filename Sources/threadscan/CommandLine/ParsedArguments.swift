/// A command line split into positional arguments, option values and flags.
struct ParsedArguments: Sendable {
    /// The positional arguments, in order (`-` included).
    var positionals: [String] = []
    /// The values of options, by long name, in the order given.
    var values: [String: [String]] = [:]
    /// The flags given, by long name.
    var flags: Set<String> = []
    /// The options' default values, by long name.
    var defaults: [String: String] = [:]

    /// The last value given for `name`, else the option's default, if any.
    func value(_ name: String) -> String? {
        values[name]?.last ?? defaults[name]
    }

    /// Whether the flag `name` was given.
    func flag(_ name: String) -> Bool {
        flags.contains(name)
    }

    /// Splits `arguments` by `options`.
    ///
    /// Accepts `--name value`, `--name=value`, `-x value`, and `--` to end options.
    /// `-h` and `--help` are always flags. Every value is checked against its option's kind.
    static func parse(_ arguments: [String], options: [OptionSpec]) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        for option in options { result.defaults[option.name] = option.defaultValue }
        var index = 0
        var optionsEnded = false
        func spec(long: String) -> OptionSpec? { options.first { $0.name == long } }
        func spec(short: Character) -> OptionSpec? { options.first { $0.short == short } }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            if argument == "-h" || argument == "--help" {
                result.flags.insert("help")
                continue
            }
            var name: String
            var inlineValue: String?
            let option: OptionSpec?
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                if let equals = body.firstIndex(of: "=") {
                    name = String(body[..<equals])
                    inlineValue = String(body[body.index(after: equals)...])
                } else {
                    name = String(body)
                }
                option = spec(long: name)
            } else {
                let letters = argument.dropFirst()
                guard letters.count == 1, let letter = letters.first else {
                    throw UsageError(message: "unknown option '\(argument)'")
                }
                option = spec(short: letter)
                name = String(letter)
            }
            guard let option else {
                let suggestion =
                    argument.hasPrefix("--")
                    ? Spelling.didYouMean(name, among: options.map(\.name) + ["help"], prefix: "--") : ""
                throw UsageError(message: "unknown option '\(argument)'\(suggestion)")
            }
            name = option.name
            if option.valueName == nil {
                if inlineValue != nil {
                    throw UsageError(message: "option '--\(name)' takes no value")
                }
                result.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else {
                    throw UsageError(message: "missing value for '\(option.synopsis)'")
                }
                value = arguments[index]
                index += 1
            }
            try option.check(value)
            if !option.repeatable, result.values[name] != nil {
                throw UsageError(message: "option '--\(name)' given more than once")
            }
            result.values[name, default: []].append(value)
        }
        return result
    }
}
