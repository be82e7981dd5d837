/// A command line the benchmark cannot run.
enum BenchmarkUsageError: Error, CustomStringConvertible {
    /// An argument none of the commands takes.
    case unknown(String)
    /// A value missing or not of the expected form.
    case missing(String)
    /// A value of an option that is not one of those known.
    case invalid(option: String, value: String, expected: String)

    var description: String {
        switch self {
        case .unknown(let argument): return "Error: unknown argument '\(argument)'\nSee 'threadscan-benchmark --help'"
        case .missing(let what): return "Error: missing \(what)\nSee 'threadscan-benchmark --help'"
        case .invalid(let option, let value, let expected):
            return "Error: \(option) '\(value)': expected \(expected)\nSee 'threadscan-benchmark --help'"
        }
    }
}
