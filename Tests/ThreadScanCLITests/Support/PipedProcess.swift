import Foundation

/// The built binary run as a coprocess: standard input written and standard output read line
/// by line while it runs (for filters), standard error discarded.
final class PipedProcess {
    let process = Process()
    /// Where the test writes the process's input.
    let input: FileHandle
    /// The process's output, line by line.
    let lines: PipeLineReader

    /// Starts `threadscan arguments`.
    init(_ arguments: [String]) throws {
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        let inputPipe = Pipe()
        let outputPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outputPipe
        process.standardError = FileHandle.nullDevice
        input = inputPipe.fileHandleForWriting
        lines = PipeLineReader(outputPipe.fileHandleForReading)
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Closes the input and waits for the process to end; its exit status.
    func finish() throws -> Int32 {
        try input.close()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
