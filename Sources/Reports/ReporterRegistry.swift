/// The reporters by the name `--format` takes.
public enum ReporterRegistry {
    /// Every reporter, in the order help lists them.
    public static let all: [any Reporter] = [
        TextReporter(), MarkdownReporter(), JSONReporter(), JSONLinesReporter(), CSVReporter(), HTMLReporter(),
    ]

    /// The names, in order.
    public static var names: [String] { all.map(\.name) }

    /// The reporter named `name`, if any.
    public static func named(_ name: String) -> (any Reporter)? {
        all.first { $0.name == name }
    }
}
