// Generated from Lexicons/ by `THREADSCAN_REGENERATE=1 swift test --filter DefaultLexiconsTests`.
// Do not edit: edit the files in Lexicons/ and regenerate; a test fails while this is stale.

enum DefaultLexicons {
    static let files: [(path: String, text: String)] = [
    ]
}
