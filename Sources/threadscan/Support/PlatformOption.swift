import ThreadScan

/// The `--platform NAME` option of the commands that read pages.
enum PlatformOption {
    /// The option; help and completion list the built-in platforms.
    static let spec = OptionSpec.value(
        "platform", valueName: "name", help: "Read the pages as this platform instead of detecting it.",
        kind: .names { PlatformFiles.names(in: .defaults) })

    /// Checks the platform given against those the command's lexicons hold.
    /// - Throws: `UsageError` naming the platforms, and the closest one.
    static func check(_ arguments: ParsedArguments, known: [String]) throws(UsageError) {
        guard let platform = arguments.value(spec.name), !known.contains(platform) else { return }
        throw UsageError(
            message: "unknown platform '\(platform)'; expected one of: \(known.joined(separator: ", "))"
                + Spelling.didYouMean(platform, among: known))
    }
}
