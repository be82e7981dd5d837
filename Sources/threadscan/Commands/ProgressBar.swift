/// A progress bar on standard error while a batch runs: only when standard error is a terminal
/// that can move the cursor (not `TERM=dumb`), there is more than one thread, and `--quiet` is
/// not given.
struct ProgressBar {
    let terminal: Terminal
    let total: Int
    let width = 30
    private let enabled: Bool

    init(terminal: Terminal, total: Int, quiet: Bool) {
        self.terminal = terminal
        self.total = total
        enabled = !quiet && terminal.progressOnStderr && total > 1
    }

    /// Draws `[#######.......] 12/40 threads` over the previous bar.
    func update(done: Int) {
        guard enabled else { return }
        let filled = total == 0 ? width : width * done / total
        terminal.error(
            "\r[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(done)/\(total) threads"
        )
    }

    /// Erases the bar.
    func clear() {
        guard enabled else { return }
        terminal.error("\r\u{1B}[K")
    }
}
