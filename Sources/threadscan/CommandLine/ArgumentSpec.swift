/// One positional argument of a command, declared once for the parser's check, the help, the
/// USAGE line, the completion scripts and the manual page.
struct ArgumentSpec: Sendable {
    /// The name shown in help, without brackets (`path`).
    var name: String
    /// One line of help.
    var help: String
    /// Whether the argument may be left out.
    var optional: Bool = false
    /// Whether it may be given several times.
    var repeating: Bool = false
    /// What it is, for completion.
    var kind: ValueKind = .file

    /// How the argument is shown in a USAGE line: `<path> ...`, `[<file>]`.
    var usage: String {
        let text = "<\(name)>" + (repeating ? " ..." : "")
        return optional ? "[\(text)]" : text
    }
}
