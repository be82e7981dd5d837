extension LexiconBundle {
    /// Creates a bundle from file texts by relative path, each file's origin being its path.
    package init(texts: [String: String]) {
        self.init(files: texts.sorted { $0.key < $1.key }.map { File(path: $0.key, origin: $0.key, text: $0.value) })
    }
}
