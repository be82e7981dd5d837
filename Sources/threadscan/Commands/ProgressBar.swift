/// A progress bar on standard error while a batch runs: only when standard error is a terminal
/// and there is more than one thread.
struct ProgressBar {
    let terminal: Terminal
    let total: Int
    let width = 30

    private var enabled: Bool { terminal.stderrIsTTY && total > 1 }

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
