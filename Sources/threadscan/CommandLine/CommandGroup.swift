/// A word that groups subcommands (`lexicon` for `lexicon test`, `lexicon lint`…): it has help of
/// its own, made from its members.
struct CommandGroup: Sendable {
    /// The group's word.
    var name: String
    /// One line for its OVERVIEW.
    var abstract: String

    /// The group's help: OVERVIEW, USAGE, SUBCOMMANDS (the groups and the commands right under it).
    func help(members: [Command], subgroups: [CommandGroup] = []) -> String {
        var text =
            "OVERVIEW: \(abstract)\n\n" + HelpLayout.usage("threadscan \(name) <subcommand>") + "\n\nSUBCOMMANDS:\n"
        let depth = name.split(separator: " ").count
        for group in subgroups {
            text += HelpLayout.row(
                group.name.split(separator: " ").dropFirst(depth).joined(separator: " "), group.abstract)
        }
        for command in members {
            text += HelpLayout.row(command.words.dropFirst(depth).joined(separator: " "), command.abstract)
        }
        text += "\n  See 'threadscan help \(name) <subcommand>' for detailed help.\n"
        return text
    }
}
