extension AnalysisLexicon {
    /// The weights files of `bundle` (`weights/stance.tsv`, `weights/incivility.tsv`), each read
    /// as its task's; a malformed file is reported and left out.
    static func readWeights(_ bundle: LexiconBundle, problems: inout [LexiconError]) -> [FeatureWeights.Task:
        FeatureWeights]
    {
        var found: [FeatureWeights.Task: FeatureWeights] = [:]
        for task in FeatureWeights.Task.allCases {
            guard let file = bundle.file(task.path) else { continue }
            do {
                found[task] = try FeatureWeights(task: task, file: file.origin, text: file.text)
            } catch {
                problems.append(error)
            }
        }
        return found
    }
}
