import Foundation

/// What a help text says, read back from the binary's own `--help`, so that tests cover every
/// command the binary has, including ones added later.
struct HelpText {
    var text: String

    /// The lines of a section (`OPTIONS:`), up to the next blank line.
    func section(_ title: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: title) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    /// The subcommand names the SUBCOMMANDS section lists (`lexicon test` included).
    var subcommands: [String] {
        section("SUBCOMMANDS:").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            let name = line.dropFirst(2).components(separatedBy: "  ")[0]
            return name.isEmpty ? nil : name
        }
    }

    /// The long option names the OPTIONS section lists (without dashes).
    var optionNames: [String] {
        section("OPTIONS:").compactMap { line in
            guard line.hasPrefix("  -") else { return nil }
            let synopsis = line.dropFirst(2).components(separatedBy: "  ")[0]
            guard let long = synopsis.range(of: "--") else { return nil }
            return String(synopsis[long.upperBound...].prefix { $0 != " " })
        }
    }

    /// The USAGE line, its continuation lines joined.
    var usage: String {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("USAGE: ") }) else { return "" }
        var usage = String(lines[start].dropFirst("USAGE: ".count))
        for line in lines[(start + 1)...] {
            guard line.hasPrefix("         ") else { break }
            usage += " " + line.trimmingCharacters(in: .whitespaces)
        }
        return usage
    }
}
