/// The `--color auto|always|never` option of the commands that colour their output.
enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never

    /// The option, declared once for every command that colours.
    static let option = OptionSpec.value(
        "color", valueName: "when",
        help: "Colour the output: auto (on a terminal, without NO_COLOR, TERM not dumb), always or never.",
        kind: .choice(allCases.map(\.rawValue)), defaultValue: ColorChoice.auto.rawValue)

    /// The choice the command line makes.
    init(_ arguments: ParsedArguments) {
        self = arguments.value(Self.option.name).flatMap(Self.init(rawValue:)) ?? .auto
    }
}
