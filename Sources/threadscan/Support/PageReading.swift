import ThreadScan

extension Terminal {
    /// The bytes of the page at `path` (`-` for standard input), or `nil` after printing
    /// `Error: …` when it cannot be read.
    func readPage(_ path: String) -> [UInt8]? {
        do {
            return try PageInput.read(path)
        } catch {
            self.error("Error: \(error)\n")
            return nil
        }
    }
}
